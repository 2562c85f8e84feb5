# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(680, 560)
        SettingsDialog.setMinimumSize(QSize(680, 0))
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.pointTab = QWidget()
        self.pointTab.setObjectName(u"pointTab")
        self.pointTabForm = QFormLayout(self.pointTab)
        self.pointTabForm.setObjectName(u"pointTabForm")
        self.pointTabForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pointTabForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.codeEditCaption = QLabel(self.pointTab)
        self.codeEditCaption.setObjectName(u"codeEditCaption")

        self.pointTabForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeEditCaption)

        self.codeEditBox = QWidget(self.pointTab)
        self.codeEditBox.setObjectName(u"codeEditBox")
        self.codeEditColumn = QVBoxLayout(self.codeEditBox)
        self.codeEditColumn.setSpacing(2)
        self.codeEditColumn.setObjectName(u"codeEditColumn")
        self.codeEditColumn.setContentsMargins(0, 0, 0, 0)
        self.codeEdit = QLineEdit(self.codeEditBox)
        self.codeEdit.setObjectName(u"codeEdit")

        self.codeEditColumn.addWidget(self.codeEdit)

        self.codeEditHint = QLabel(self.codeEditBox)
        self.codeEditHint.setObjectName(u"codeEditHint")
        self.codeEditHint.setProperty(u"class", u"hint")
        self.codeEditHint.setWordWrap(True)

        self.codeEditColumn.addWidget(self.codeEditHint)

        self.codeEditProblem = QLabel(self.codeEditBox)
        self.codeEditProblem.setObjectName(u"codeEditProblem")
        self.codeEditProblem.setProperty(u"class", u"problem")
        self.codeEditProblem.setWordWrap(True)
        self.codeEditProblem.setVisible(False)

        self.codeEditColumn.addWidget(self.codeEditProblem)


        self.pointTabForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEditBox)

        self.nameEditCaption = QLabel(self.pointTab)
        self.nameEditCaption.setObjectName(u"nameEditCaption")

        self.pointTabForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEditCaption)

        self.nameEditBox = QWidget(self.pointTab)
        self.nameEditBox.setObjectName(u"nameEditBox")
        self.nameEditColumn = QVBoxLayout(self.nameEditBox)
        self.nameEditColumn.setSpacing(2)
        self.nameEditColumn.setObjectName(u"nameEditColumn")
        self.nameEditColumn.setContentsMargins(0, 0, 0, 0)
        self.nameEdit = QLineEdit(self.nameEditBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameEditColumn.addWidget(self.nameEdit)

        self.nameEditProblem = QLabel(self.nameEditBox)
        self.nameEditProblem.setObjectName(u"nameEditProblem")
        self.nameEditProblem.setProperty(u"class", u"problem")
        self.nameEditProblem.setWordWrap(True)
        self.nameEditProblem.setVisible(False)

        self.nameEditColumn.addWidget(self.nameEditProblem)


        self.pointTabForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEditBox)

        self.kindComboCaption = QLabel(self.pointTab)
        self.kindComboCaption.setObjectName(u"kindComboCaption")

        self.pointTabForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindComboCaption)

        self.kindComboBox = QWidget(self.pointTab)
        self.kindComboBox.setObjectName(u"kindComboBox")
        self.kindComboColumn = QVBoxLayout(self.kindComboBox)
        self.kindComboColumn.setSpacing(2)
        self.kindComboColumn.setObjectName(u"kindComboColumn")
        self.kindComboColumn.setContentsMargins(0, 0, 0, 0)
        self.kindCombo = QComboBox(self.kindComboBox)
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindComboColumn.addWidget(self.kindCombo)

        self.kindComboProblem = QLabel(self.kindComboBox)
        self.kindComboProblem.setObjectName(u"kindComboProblem")
        self.kindComboProblem.setProperty(u"class", u"problem")
        self.kindComboProblem.setWordWrap(True)
        self.kindComboProblem.setVisible(False)

        self.kindComboColumn.addWidget(self.kindComboProblem)


        self.pointTabForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindComboBox)

        self.addressEditCaption = QLabel(self.pointTab)
        self.addressEditCaption.setObjectName(u"addressEditCaption")

        self.pointTabForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressEditCaption)

        self.addressEditBox = QWidget(self.pointTab)
        self.addressEditBox.setObjectName(u"addressEditBox")
        self.addressEditColumn = QVBoxLayout(self.addressEditBox)
        self.addressEditColumn.setSpacing(2)
        self.addressEditColumn.setObjectName(u"addressEditColumn")
        self.addressEditColumn.setContentsMargins(0, 0, 0, 0)
        self.addressEdit = QLineEdit(self.addressEditBox)
        self.addressEdit.setObjectName(u"addressEdit")

        self.addressEditColumn.addWidget(self.addressEdit)

        self.addressEditHint = QLabel(self.addressEditBox)
        self.addressEditHint.setObjectName(u"addressEditHint")
        self.addressEditHint.setProperty(u"class", u"hint")
        self.addressEditHint.setWordWrap(True)

        self.addressEditColumn.addWidget(self.addressEditHint)

        self.addressEditProblem = QLabel(self.addressEditBox)
        self.addressEditProblem.setObjectName(u"addressEditProblem")
        self.addressEditProblem.setProperty(u"class", u"problem")
        self.addressEditProblem.setWordWrap(True)
        self.addressEditProblem.setVisible(False)

        self.addressEditColumn.addWidget(self.addressEditProblem)


        self.pointTabForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEditBox)

        self.hoursEditCaption = QLabel(self.pointTab)
        self.hoursEditCaption.setObjectName(u"hoursEditCaption")

        self.pointTabForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hoursEditCaption)

        self.hoursEditBox = QWidget(self.pointTab)
        self.hoursEditBox.setObjectName(u"hoursEditBox")
        self.hoursEditColumn = QVBoxLayout(self.hoursEditBox)
        self.hoursEditColumn.setSpacing(2)
        self.hoursEditColumn.setObjectName(u"hoursEditColumn")
        self.hoursEditColumn.setContentsMargins(0, 0, 0, 0)
        self.hoursEdit = QLineEdit(self.hoursEditBox)
        self.hoursEdit.setObjectName(u"hoursEdit")

        self.hoursEditColumn.addWidget(self.hoursEdit)

        self.hoursEditProblem = QLabel(self.hoursEditBox)
        self.hoursEditProblem.setObjectName(u"hoursEditProblem")
        self.hoursEditProblem.setProperty(u"class", u"problem")
        self.hoursEditProblem.setWordWrap(True)
        self.hoursEditProblem.setVisible(False)

        self.hoursEditColumn.addWidget(self.hoursEditProblem)


        self.pointTabForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hoursEditBox)

        self.phoneEditCaption = QLabel(self.pointTab)
        self.phoneEditCaption.setObjectName(u"phoneEditCaption")

        self.pointTabForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneEditCaption)

        self.phoneEditBox = QWidget(self.pointTab)
        self.phoneEditBox.setObjectName(u"phoneEditBox")
        self.phoneEditColumn = QVBoxLayout(self.phoneEditBox)
        self.phoneEditColumn.setSpacing(2)
        self.phoneEditColumn.setObjectName(u"phoneEditColumn")
        self.phoneEditColumn.setContentsMargins(0, 0, 0, 0)
        self.phoneEdit = QLineEdit(self.phoneEditBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneEditColumn.addWidget(self.phoneEdit)

        self.phoneEditProblem = QLabel(self.phoneEditBox)
        self.phoneEditProblem.setObjectName(u"phoneEditProblem")
        self.phoneEditProblem.setProperty(u"class", u"problem")
        self.phoneEditProblem.setWordWrap(True)
        self.phoneEditProblem.setVisible(False)

        self.phoneEditColumn.addWidget(self.phoneEditProblem)


        self.pointTabForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEditBox)

        self.tabs.addTab(self.pointTab, "")
        self.rulesTab = QWidget()
        self.rulesTab.setObjectName(u"rulesTab")
        self.rulesTabForm = QFormLayout(self.rulesTab)
        self.rulesTabForm.setObjectName(u"rulesTabForm")
        self.rulesTabForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rulesTabForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.workingDaysSpinCaption = QLabel(self.rulesTab)
        self.workingDaysSpinCaption.setObjectName(u"workingDaysSpinCaption")

        self.rulesTabForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.workingDaysSpinCaption)

        self.workingDaysSpinBox = QWidget(self.rulesTab)
        self.workingDaysSpinBox.setObjectName(u"workingDaysSpinBox")
        self.workingDaysSpinColumn = QVBoxLayout(self.workingDaysSpinBox)
        self.workingDaysSpinColumn.setSpacing(2)
        self.workingDaysSpinColumn.setObjectName(u"workingDaysSpinColumn")
        self.workingDaysSpinColumn.setContentsMargins(0, 0, 0, 0)
        self.workingDaysSpin = QSpinBox(self.workingDaysSpinBox)
        self.workingDaysSpin.setObjectName(u"workingDaysSpin")
        self.workingDaysSpin.setMinimum(0)
        self.workingDaysSpin.setMaximum(999)
        self.workingDaysSpin.setMaximumSize(QSize(110, 16777215))

        self.workingDaysSpinColumn.addWidget(self.workingDaysSpin)

        self.workingDaysSpinHint = QLabel(self.workingDaysSpinBox)
        self.workingDaysSpinHint.setObjectName(u"workingDaysSpinHint")
        self.workingDaysSpinHint.setProperty(u"class", u"hint")
        self.workingDaysSpinHint.setWordWrap(True)

        self.workingDaysSpinColumn.addWidget(self.workingDaysSpinHint)

        self.workingDaysSpinProblem = QLabel(self.workingDaysSpinBox)
        self.workingDaysSpinProblem.setObjectName(u"workingDaysSpinProblem")
        self.workingDaysSpinProblem.setProperty(u"class", u"problem")
        self.workingDaysSpinProblem.setWordWrap(True)
        self.workingDaysSpinProblem.setVisible(False)

        self.workingDaysSpinColumn.addWidget(self.workingDaysSpinProblem)


        self.rulesTabForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.workingDaysSpinBox)

        self.cutoffEditCaption = QLabel(self.rulesTab)
        self.cutoffEditCaption.setObjectName(u"cutoffEditCaption")

        self.rulesTabForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cutoffEditCaption)

        self.cutoffEditBox = QWidget(self.rulesTab)
        self.cutoffEditBox.setObjectName(u"cutoffEditBox")
        self.cutoffEditColumn = QVBoxLayout(self.cutoffEditBox)
        self.cutoffEditColumn.setSpacing(2)
        self.cutoffEditColumn.setObjectName(u"cutoffEditColumn")
        self.cutoffEditColumn.setContentsMargins(0, 0, 0, 0)
        self.cutoffEdit = QLineEdit(self.cutoffEditBox)
        self.cutoffEdit.setObjectName(u"cutoffEdit")
        self.cutoffEdit.setPlaceholderText(u"HH:MM")
        self.cutoffEdit.setMaximumSize(QSize(160, 16777215))

        self.cutoffEditColumn.addWidget(self.cutoffEdit)

        self.cutoffEditHint = QLabel(self.cutoffEditBox)
        self.cutoffEditHint.setObjectName(u"cutoffEditHint")
        self.cutoffEditHint.setProperty(u"class", u"hint")
        self.cutoffEditHint.setWordWrap(True)

        self.cutoffEditColumn.addWidget(self.cutoffEditHint)

        self.cutoffEditProblem = QLabel(self.cutoffEditBox)
        self.cutoffEditProblem.setObjectName(u"cutoffEditProblem")
        self.cutoffEditProblem.setProperty(u"class", u"problem")
        self.cutoffEditProblem.setWordWrap(True)
        self.cutoffEditProblem.setVisible(False)

        self.cutoffEditColumn.addWidget(self.cutoffEditProblem)


        self.rulesTabForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cutoffEditBox)

        self.minAgeSpinCaption = QLabel(self.rulesTab)
        self.minAgeSpinCaption.setObjectName(u"minAgeSpinCaption")

        self.rulesTabForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.minAgeSpinCaption)

        self.minAgeSpinBox = QWidget(self.rulesTab)
        self.minAgeSpinBox.setObjectName(u"minAgeSpinBox")
        self.minAgeSpinColumn = QVBoxLayout(self.minAgeSpinBox)
        self.minAgeSpinColumn.setSpacing(2)
        self.minAgeSpinColumn.setObjectName(u"minAgeSpinColumn")
        self.minAgeSpinColumn.setContentsMargins(0, 0, 0, 0)
        self.minAgeSpin = QSpinBox(self.minAgeSpinBox)
        self.minAgeSpin.setObjectName(u"minAgeSpin")
        self.minAgeSpin.setMinimum(0)
        self.minAgeSpin.setMaximum(999)
        self.minAgeSpin.setMaximumSize(QSize(110, 16777215))

        self.minAgeSpinColumn.addWidget(self.minAgeSpin)

        self.minAgeSpinHint = QLabel(self.minAgeSpinBox)
        self.minAgeSpinHint.setObjectName(u"minAgeSpinHint")
        self.minAgeSpinHint.setProperty(u"class", u"hint")
        self.minAgeSpinHint.setWordWrap(True)

        self.minAgeSpinColumn.addWidget(self.minAgeSpinHint)

        self.minAgeSpinProblem = QLabel(self.minAgeSpinBox)
        self.minAgeSpinProblem.setObjectName(u"minAgeSpinProblem")
        self.minAgeSpinProblem.setProperty(u"class", u"problem")
        self.minAgeSpinProblem.setWordWrap(True)
        self.minAgeSpinProblem.setVisible(False)

        self.minAgeSpinColumn.addWidget(self.minAgeSpinProblem)


        self.rulesTabForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.minAgeSpinBox)

        self.residencePermitCheckCaption = QLabel(self.rulesTab)
        self.residencePermitCheckCaption.setObjectName(u"residencePermitCheckCaption")

        self.rulesTabForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.residencePermitCheckCaption)

        self.residencePermitCheckBox = QWidget(self.rulesTab)
        self.residencePermitCheckBox.setObjectName(u"residencePermitCheckBox")
        self.residencePermitCheckColumn = QVBoxLayout(self.residencePermitCheckBox)
        self.residencePermitCheckColumn.setSpacing(2)
        self.residencePermitCheckColumn.setObjectName(u"residencePermitCheckColumn")
        self.residencePermitCheckColumn.setContentsMargins(0, 0, 0, 0)
        self.residencePermitCheck = QCheckBox(self.residencePermitCheckBox)
        self.residencePermitCheck.setObjectName(u"residencePermitCheck")

        self.residencePermitCheckColumn.addWidget(self.residencePermitCheck)

        self.residencePermitCheckProblem = QLabel(self.residencePermitCheckBox)
        self.residencePermitCheckProblem.setObjectName(u"residencePermitCheckProblem")
        self.residencePermitCheckProblem.setProperty(u"class", u"problem")
        self.residencePermitCheckProblem.setWordWrap(True)
        self.residencePermitCheckProblem.setVisible(False)

        self.residencePermitCheckColumn.addWidget(self.residencePermitCheckProblem)


        self.rulesTabForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.residencePermitCheckBox)

        self.localPrefixesEditCaption = QLabel(self.rulesTab)
        self.localPrefixesEditCaption.setObjectName(u"localPrefixesEditCaption")

        self.rulesTabForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.localPrefixesEditCaption)

        self.localPrefixesEditBox = QWidget(self.rulesTab)
        self.localPrefixesEditBox.setObjectName(u"localPrefixesEditBox")
        self.localPrefixesEditColumn = QVBoxLayout(self.localPrefixesEditBox)
        self.localPrefixesEditColumn.setSpacing(2)
        self.localPrefixesEditColumn.setObjectName(u"localPrefixesEditColumn")
        self.localPrefixesEditColumn.setContentsMargins(0, 0, 0, 0)
        self.localPrefixesEdit = QLineEdit(self.localPrefixesEditBox)
        self.localPrefixesEdit.setObjectName(u"localPrefixesEdit")

        self.localPrefixesEditColumn.addWidget(self.localPrefixesEdit)

        self.localPrefixesEditHint = QLabel(self.localPrefixesEditBox)
        self.localPrefixesEditHint.setObjectName(u"localPrefixesEditHint")
        self.localPrefixesEditHint.setProperty(u"class", u"hint")
        self.localPrefixesEditHint.setWordWrap(True)

        self.localPrefixesEditColumn.addWidget(self.localPrefixesEditHint)

        self.localPrefixesEditProblem = QLabel(self.localPrefixesEditBox)
        self.localPrefixesEditProblem.setObjectName(u"localPrefixesEditProblem")
        self.localPrefixesEditProblem.setProperty(u"class", u"problem")
        self.localPrefixesEditProblem.setWordWrap(True)
        self.localPrefixesEditProblem.setVisible(False)

        self.localPrefixesEditColumn.addWidget(self.localPrefixesEditProblem)


        self.rulesTabForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.localPrefixesEditBox)

        self.letterCheckCaption = QLabel(self.rulesTab)
        self.letterCheckCaption.setObjectName(u"letterCheckCaption")

        self.rulesTabForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.letterCheckCaption)

        self.letterCheckBox = QWidget(self.rulesTab)
        self.letterCheckBox.setObjectName(u"letterCheckBox")
        self.letterCheckColumn = QVBoxLayout(self.letterCheckBox)
        self.letterCheckColumn.setSpacing(2)
        self.letterCheckColumn.setObjectName(u"letterCheckColumn")
        self.letterCheckColumn.setContentsMargins(0, 0, 0, 0)
        self.letterCheck = QCheckBox(self.letterCheckBox)
        self.letterCheck.setObjectName(u"letterCheck")

        self.letterCheckColumn.addWidget(self.letterCheck)

        self.letterCheckProblem = QLabel(self.letterCheckBox)
        self.letterCheckProblem.setObjectName(u"letterCheckProblem")
        self.letterCheckProblem.setProperty(u"class", u"problem")
        self.letterCheckProblem.setWordWrap(True)
        self.letterCheckProblem.setVisible(False)

        self.letterCheckColumn.addWidget(self.letterCheckProblem)


        self.rulesTabForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.letterCheckBox)

        self.familyExemptCheckCaption = QLabel(self.rulesTab)
        self.familyExemptCheckCaption.setObjectName(u"familyExemptCheckCaption")

        self.rulesTabForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.familyExemptCheckCaption)

        self.familyExemptCheckBox = QWidget(self.rulesTab)
        self.familyExemptCheckBox.setObjectName(u"familyExemptCheckBox")
        self.familyExemptCheckColumn = QVBoxLayout(self.familyExemptCheckBox)
        self.familyExemptCheckColumn.setSpacing(2)
        self.familyExemptCheckColumn.setObjectName(u"familyExemptCheckColumn")
        self.familyExemptCheckColumn.setContentsMargins(0, 0, 0, 0)
        self.familyExemptCheck = QCheckBox(self.familyExemptCheckBox)
        self.familyExemptCheck.setObjectName(u"familyExemptCheck")

        self.familyExemptCheckColumn.addWidget(self.familyExemptCheck)

        self.familyExemptCheckProblem = QLabel(self.familyExemptCheckBox)
        self.familyExemptCheckProblem.setObjectName(u"familyExemptCheckProblem")
        self.familyExemptCheckProblem.setProperty(u"class", u"problem")
        self.familyExemptCheckProblem.setWordWrap(True)
        self.familyExemptCheckProblem.setVisible(False)

        self.familyExemptCheckColumn.addWidget(self.familyExemptCheckProblem)


        self.rulesTabForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.familyExemptCheckBox)

        self.uncollectedSpinCaption = QLabel(self.rulesTab)
        self.uncollectedSpinCaption.setObjectName(u"uncollectedSpinCaption")

        self.rulesTabForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.uncollectedSpinCaption)

        self.uncollectedSpinBox = QWidget(self.rulesTab)
        self.uncollectedSpinBox.setObjectName(u"uncollectedSpinBox")
        self.uncollectedSpinColumn = QVBoxLayout(self.uncollectedSpinBox)
        self.uncollectedSpinColumn.setSpacing(2)
        self.uncollectedSpinColumn.setObjectName(u"uncollectedSpinColumn")
        self.uncollectedSpinColumn.setContentsMargins(0, 0, 0, 0)
        self.uncollectedSpin = QSpinBox(self.uncollectedSpinBox)
        self.uncollectedSpin.setObjectName(u"uncollectedSpin")
        self.uncollectedSpin.setMinimum(0)
        self.uncollectedSpin.setMaximum(999)
        self.uncollectedSpin.setMaximumSize(QSize(110, 16777215))

        self.uncollectedSpinColumn.addWidget(self.uncollectedSpin)

        self.uncollectedSpinProblem = QLabel(self.uncollectedSpinBox)
        self.uncollectedSpinProblem.setObjectName(u"uncollectedSpinProblem")
        self.uncollectedSpinProblem.setProperty(u"class", u"problem")
        self.uncollectedSpinProblem.setWordWrap(True)
        self.uncollectedSpinProblem.setVisible(False)

        self.uncollectedSpinColumn.addWidget(self.uncollectedSpinProblem)


        self.rulesTabForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.uncollectedSpinBox)

        self.newbornDaysSpinCaption = QLabel(self.rulesTab)
        self.newbornDaysSpinCaption.setObjectName(u"newbornDaysSpinCaption")

        self.rulesTabForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.newbornDaysSpinCaption)

        self.newbornDaysSpinBox = QWidget(self.rulesTab)
        self.newbornDaysSpinBox.setObjectName(u"newbornDaysSpinBox")
        self.newbornDaysSpinColumn = QVBoxLayout(self.newbornDaysSpinBox)
        self.newbornDaysSpinColumn.setSpacing(2)
        self.newbornDaysSpinColumn.setObjectName(u"newbornDaysSpinColumn")
        self.newbornDaysSpinColumn.setContentsMargins(0, 0, 0, 0)
        self.newbornDaysSpin = QSpinBox(self.newbornDaysSpinBox)
        self.newbornDaysSpin.setObjectName(u"newbornDaysSpin")
        self.newbornDaysSpin.setMinimum(0)
        self.newbornDaysSpin.setMaximum(999)
        self.newbornDaysSpin.setMaximumSize(QSize(110, 16777215))

        self.newbornDaysSpinColumn.addWidget(self.newbornDaysSpin)

        self.newbornDaysSpinProblem = QLabel(self.newbornDaysSpinBox)
        self.newbornDaysSpinProblem.setObjectName(u"newbornDaysSpinProblem")
        self.newbornDaysSpinProblem.setProperty(u"class", u"problem")
        self.newbornDaysSpinProblem.setWordWrap(True)
        self.newbornDaysSpinProblem.setVisible(False)

        self.newbornDaysSpinColumn.addWidget(self.newbornDaysSpinProblem)


        self.rulesTabForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.newbornDaysSpinBox)

        self.flexibleMinAgeSpinCaption = QLabel(self.rulesTab)
        self.flexibleMinAgeSpinCaption.setObjectName(u"flexibleMinAgeSpinCaption")

        self.rulesTabForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.flexibleMinAgeSpinCaption)

        self.flexibleMinAgeSpinBox = QWidget(self.rulesTab)
        self.flexibleMinAgeSpinBox.setObjectName(u"flexibleMinAgeSpinBox")
        self.flexibleMinAgeSpinColumn = QVBoxLayout(self.flexibleMinAgeSpinBox)
        self.flexibleMinAgeSpinColumn.setSpacing(2)
        self.flexibleMinAgeSpinColumn.setObjectName(u"flexibleMinAgeSpinColumn")
        self.flexibleMinAgeSpinColumn.setContentsMargins(0, 0, 0, 0)
        self.flexibleMinAgeSpin = QSpinBox(self.flexibleMinAgeSpinBox)
        self.flexibleMinAgeSpin.setObjectName(u"flexibleMinAgeSpin")
        self.flexibleMinAgeSpin.setMinimum(0)
        self.flexibleMinAgeSpin.setMaximum(999)
        self.flexibleMinAgeSpin.setMaximumSize(QSize(110, 16777215))

        self.flexibleMinAgeSpinColumn.addWidget(self.flexibleMinAgeSpin)

        self.flexibleMinAgeSpinProblem = QLabel(self.flexibleMinAgeSpinBox)
        self.flexibleMinAgeSpinProblem.setObjectName(u"flexibleMinAgeSpinProblem")
        self.flexibleMinAgeSpinProblem.setProperty(u"class", u"problem")
        self.flexibleMinAgeSpinProblem.setWordWrap(True)
        self.flexibleMinAgeSpinProblem.setVisible(False)

        self.flexibleMinAgeSpinColumn.addWidget(self.flexibleMinAgeSpinProblem)


        self.rulesTabForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.flexibleMinAgeSpinBox)

        self.femaleRetirementComboCaption = QLabel(self.rulesTab)
        self.femaleRetirementComboCaption.setObjectName(u"femaleRetirementComboCaption")

        self.rulesTabForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.femaleRetirementComboCaption)

        self.femaleRetirementComboBox = QWidget(self.rulesTab)
        self.femaleRetirementComboBox.setObjectName(u"femaleRetirementComboBox")
        self.femaleRetirementComboColumn = QVBoxLayout(self.femaleRetirementComboBox)
        self.femaleRetirementComboColumn.setSpacing(2)
        self.femaleRetirementComboColumn.setObjectName(u"femaleRetirementComboColumn")
        self.femaleRetirementComboColumn.setContentsMargins(0, 0, 0, 0)
        self.femaleRetirementCombo = QComboBox(self.femaleRetirementComboBox)
        self.femaleRetirementCombo.addItem("")
        self.femaleRetirementCombo.addItem("")
        self.femaleRetirementCombo.setObjectName(u"femaleRetirementCombo")

        self.femaleRetirementComboColumn.addWidget(self.femaleRetirementCombo)

        self.femaleRetirementComboHint = QLabel(self.femaleRetirementComboBox)
        self.femaleRetirementComboHint.setObjectName(u"femaleRetirementComboHint")
        self.femaleRetirementComboHint.setProperty(u"class", u"hint")
        self.femaleRetirementComboHint.setWordWrap(True)

        self.femaleRetirementComboColumn.addWidget(self.femaleRetirementComboHint)

        self.femaleRetirementComboProblem = QLabel(self.femaleRetirementComboBox)
        self.femaleRetirementComboProblem.setObjectName(u"femaleRetirementComboProblem")
        self.femaleRetirementComboProblem.setProperty(u"class", u"problem")
        self.femaleRetirementComboProblem.setWordWrap(True)
        self.femaleRetirementComboProblem.setVisible(False)

        self.femaleRetirementComboColumn.addWidget(self.femaleRetirementComboProblem)


        self.rulesTabForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.femaleRetirementComboBox)

        self.contributionYearsSpinCaption = QLabel(self.rulesTab)
        self.contributionYearsSpinCaption.setObjectName(u"contributionYearsSpinCaption")

        self.rulesTabForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.contributionYearsSpinCaption)

        self.contributionYearsSpinBox = QWidget(self.rulesTab)
        self.contributionYearsSpinBox.setObjectName(u"contributionYearsSpinBox")
        self.contributionYearsSpinColumn = QVBoxLayout(self.contributionYearsSpinBox)
        self.contributionYearsSpinColumn.setSpacing(2)
        self.contributionYearsSpinColumn.setObjectName(u"contributionYearsSpinColumn")
        self.contributionYearsSpinColumn.setContentsMargins(0, 0, 0, 0)
        self.contributionYearsSpin = QSpinBox(self.contributionYearsSpinBox)
        self.contributionYearsSpin.setObjectName(u"contributionYearsSpin")
        self.contributionYearsSpin.setMinimum(0)
        self.contributionYearsSpin.setMaximum(999)
        self.contributionYearsSpin.setMaximumSize(QSize(110, 16777215))

        self.contributionYearsSpinColumn.addWidget(self.contributionYearsSpin)

        self.contributionYearsSpinHint = QLabel(self.contributionYearsSpinBox)
        self.contributionYearsSpinHint.setObjectName(u"contributionYearsSpinHint")
        self.contributionYearsSpinHint.setProperty(u"class", u"hint")
        self.contributionYearsSpinHint.setWordWrap(True)

        self.contributionYearsSpinColumn.addWidget(self.contributionYearsSpinHint)

        self.contributionYearsSpinProblem = QLabel(self.contributionYearsSpinBox)
        self.contributionYearsSpinProblem.setObjectName(u"contributionYearsSpinProblem")
        self.contributionYearsSpinProblem.setProperty(u"class", u"problem")
        self.contributionYearsSpinProblem.setWordWrap(True)
        self.contributionYearsSpinProblem.setVisible(False)

        self.contributionYearsSpinColumn.addWidget(self.contributionYearsSpinProblem)


        self.rulesTabForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.contributionYearsSpinBox)

        self.tabs.addTab(self.rulesTab, "")
        self.receiptTab = QWidget()
        self.receiptTab.setObjectName(u"receiptTab")
        self.receiptTabForm = QFormLayout(self.receiptTab)
        self.receiptTabForm.setObjectName(u"receiptTabForm")
        self.receiptTabForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.receiptTabForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.guidanceListCaption = QLabel(self.receiptTab)
        self.guidanceListCaption.setObjectName(u"guidanceListCaption")

        self.receiptTabForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.guidanceListCaption)

        self.guidanceListBox = QWidget(self.receiptTab)
        self.guidanceListBox.setObjectName(u"guidanceListBox")
        self.guidanceListColumn = QVBoxLayout(self.guidanceListBox)
        self.guidanceListColumn.setSpacing(2)
        self.guidanceListColumn.setObjectName(u"guidanceListColumn")
        self.guidanceListColumn.setContentsMargins(0, 0, 0, 0)
        self.guidanceListLine = QHBoxLayout()
        self.guidanceListLine.setObjectName(u"guidanceListLine")
        self.guidanceList = QListWidget(self.guidanceListBox)
        self.guidanceList.setObjectName(u"guidanceList")
        self.guidanceList.setMinimumSize(QSize(0, 260))
        self.guidanceList.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.guidanceList.setAlternatingRowColors(True)
        self.guidanceList.setWordWrap(True)

        self.guidanceListLine.addWidget(self.guidanceList)

        self.guidanceButtons = QWidget(self.guidanceListBox)
        self.guidanceButtons.setObjectName(u"guidanceButtons")
        self.guidanceButtonsLayout = QVBoxLayout(self.guidanceButtons)
        self.guidanceButtonsLayout.setObjectName(u"guidanceButtonsLayout")
        self.guidanceButtonsLayout.setContentsMargins(0, 0, 0, 0)
        self.addGuidanceButton = QPushButton(self.guidanceButtons)
        self.addGuidanceButton.setObjectName(u"addGuidanceButton")

        self.guidanceButtonsLayout.addWidget(self.addGuidanceButton)

        self.editGuidanceButton = QPushButton(self.guidanceButtons)
        self.editGuidanceButton.setObjectName(u"editGuidanceButton")

        self.guidanceButtonsLayout.addWidget(self.editGuidanceButton)

        self.removeGuidanceButton = QPushButton(self.guidanceButtons)
        self.removeGuidanceButton.setObjectName(u"removeGuidanceButton")

        self.guidanceButtonsLayout.addWidget(self.removeGuidanceButton)

        self.upGuidanceButton = QPushButton(self.guidanceButtons)
        self.upGuidanceButton.setObjectName(u"upGuidanceButton")

        self.guidanceButtonsLayout.addWidget(self.upGuidanceButton)

        self.downGuidanceButton = QPushButton(self.guidanceButtons)
        self.downGuidanceButton.setObjectName(u"downGuidanceButton")

        self.guidanceButtonsLayout.addWidget(self.downGuidanceButton)

        self.guidanceButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.guidanceButtonsLayout.addItem(self.guidanceButtonsSpacer)


        self.guidanceListLine.addWidget(self.guidanceButtons)

        self.guidanceListLine.setStretch(0, 1)

        self.guidanceListColumn.addLayout(self.guidanceListLine)

        self.guidanceListHint = QLabel(self.guidanceListBox)
        self.guidanceListHint.setObjectName(u"guidanceListHint")
        self.guidanceListHint.setProperty(u"class", u"hint")
        self.guidanceListHint.setWordWrap(True)

        self.guidanceListColumn.addWidget(self.guidanceListHint)

        self.guidanceListProblem = QLabel(self.guidanceListBox)
        self.guidanceListProblem.setObjectName(u"guidanceListProblem")
        self.guidanceListProblem.setProperty(u"class", u"problem")
        self.guidanceListProblem.setWordWrap(True)
        self.guidanceListProblem.setVisible(False)

        self.guidanceListColumn.addWidget(self.guidanceListProblem)


        self.receiptTabForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.guidanceListBox)

        self.paymentChannelsEditCaption = QLabel(self.receiptTab)
        self.paymentChannelsEditCaption.setObjectName(u"paymentChannelsEditCaption")

        self.receiptTabForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paymentChannelsEditCaption)

        self.paymentChannelsEditBox = QWidget(self.receiptTab)
        self.paymentChannelsEditBox.setObjectName(u"paymentChannelsEditBox")
        self.paymentChannelsEditColumn = QVBoxLayout(self.paymentChannelsEditBox)
        self.paymentChannelsEditColumn.setSpacing(2)
        self.paymentChannelsEditColumn.setObjectName(u"paymentChannelsEditColumn")
        self.paymentChannelsEditColumn.setContentsMargins(0, 0, 0, 0)
        self.paymentChannelsEdit = QLineEdit(self.paymentChannelsEditBox)
        self.paymentChannelsEdit.setObjectName(u"paymentChannelsEdit")

        self.paymentChannelsEditColumn.addWidget(self.paymentChannelsEdit)

        self.paymentChannelsEditHint = QLabel(self.paymentChannelsEditBox)
        self.paymentChannelsEditHint.setObjectName(u"paymentChannelsEditHint")
        self.paymentChannelsEditHint.setProperty(u"class", u"hint")
        self.paymentChannelsEditHint.setWordWrap(True)

        self.paymentChannelsEditColumn.addWidget(self.paymentChannelsEditHint)

        self.paymentChannelsEditProblem = QLabel(self.paymentChannelsEditBox)
        self.paymentChannelsEditProblem.setObjectName(u"paymentChannelsEditProblem")
        self.paymentChannelsEditProblem.setProperty(u"class", u"problem")
        self.paymentChannelsEditProblem.setWordWrap(True)
        self.paymentChannelsEditProblem.setVisible(False)

        self.paymentChannelsEditColumn.addWidget(self.paymentChannelsEditProblem)


        self.receiptTabForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paymentChannelsEditBox)

        self.tabs.addTab(self.receiptTab, "")
        self.printingTab = QWidget()
        self.printingTab.setObjectName(u"printingTab")
        self.printingTabForm = QFormLayout(self.printingTab)
        self.printingTabForm.setObjectName(u"printingTabForm")
        self.printingTabForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.printingTabForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.paperComboCaption = QLabel(self.printingTab)
        self.paperComboCaption.setObjectName(u"paperComboCaption")

        self.printingTabForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperComboCaption)

        self.paperComboBox = QWidget(self.printingTab)
        self.paperComboBox.setObjectName(u"paperComboBox")
        self.paperComboColumn = QVBoxLayout(self.paperComboBox)
        self.paperComboColumn.setSpacing(2)
        self.paperComboColumn.setObjectName(u"paperComboColumn")
        self.paperComboColumn.setContentsMargins(0, 0, 0, 0)
        self.paperCombo = QComboBox(self.paperComboBox)
        self.paperCombo.addItem("")
        self.paperCombo.addItem("")
        self.paperCombo.setObjectName(u"paperCombo")

        self.paperComboColumn.addWidget(self.paperCombo)

        self.paperComboProblem = QLabel(self.paperComboBox)
        self.paperComboProblem.setObjectName(u"paperComboProblem")
        self.paperComboProblem.setProperty(u"class", u"problem")
        self.paperComboProblem.setWordWrap(True)
        self.paperComboProblem.setVisible(False)

        self.paperComboColumn.addWidget(self.paperComboProblem)


        self.printingTabForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paperComboBox)

        self.printerComboCaption = QLabel(self.printingTab)
        self.printerComboCaption.setObjectName(u"printerComboCaption")

        self.printingTabForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.printerComboCaption)

        self.printerComboBox = QWidget(self.printingTab)
        self.printerComboBox.setObjectName(u"printerComboBox")
        self.printerComboColumn = QVBoxLayout(self.printerComboBox)
        self.printerComboColumn.setSpacing(2)
        self.printerComboColumn.setObjectName(u"printerComboColumn")
        self.printerComboColumn.setContentsMargins(0, 0, 0, 0)
        self.printerCombo = QComboBox(self.printerComboBox)
        self.printerCombo.setObjectName(u"printerCombo")

        self.printerComboColumn.addWidget(self.printerCombo)

        self.printerComboProblem = QLabel(self.printerComboBox)
        self.printerComboProblem.setObjectName(u"printerComboProblem")
        self.printerComboProblem.setProperty(u"class", u"problem")
        self.printerComboProblem.setWordWrap(True)
        self.printerComboProblem.setVisible(False)

        self.printerComboColumn.addWidget(self.printerComboProblem)


        self.printingTabForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.printerComboBox)

        self.previewCheckCaption = QLabel(self.printingTab)
        self.previewCheckCaption.setObjectName(u"previewCheckCaption")

        self.printingTabForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.previewCheckCaption)

        self.previewCheckBox = QWidget(self.printingTab)
        self.previewCheckBox.setObjectName(u"previewCheckBox")
        self.previewCheckColumn = QVBoxLayout(self.previewCheckBox)
        self.previewCheckColumn.setSpacing(2)
        self.previewCheckColumn.setObjectName(u"previewCheckColumn")
        self.previewCheckColumn.setContentsMargins(0, 0, 0, 0)
        self.previewCheck = QCheckBox(self.previewCheckBox)
        self.previewCheck.setObjectName(u"previewCheck")

        self.previewCheckColumn.addWidget(self.previewCheck)

        self.previewCheckProblem = QLabel(self.previewCheckBox)
        self.previewCheckProblem.setObjectName(u"previewCheckProblem")
        self.previewCheckProblem.setProperty(u"class", u"problem")
        self.previewCheckProblem.setWordWrap(True)
        self.previewCheckProblem.setVisible(False)

        self.previewCheckColumn.addWidget(self.previewCheckProblem)


        self.printingTabForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.previewCheckBox)

        self.fontPathEditCaption = QLabel(self.printingTab)
        self.fontPathEditCaption.setObjectName(u"fontPathEditCaption")

        self.printingTabForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fontPathEditCaption)

        self.fontPathEditBox = QWidget(self.printingTab)
        self.fontPathEditBox.setObjectName(u"fontPathEditBox")
        self.fontPathEditColumn = QVBoxLayout(self.fontPathEditBox)
        self.fontPathEditColumn.setSpacing(2)
        self.fontPathEditColumn.setObjectName(u"fontPathEditColumn")
        self.fontPathEditColumn.setContentsMargins(0, 0, 0, 0)
        self.fontPathEditLine = QHBoxLayout()
        self.fontPathEditLine.setObjectName(u"fontPathEditLine")
        self.fontPathEdit = QLineEdit(self.fontPathEditBox)
        self.fontPathEdit.setObjectName(u"fontPathEdit")

        self.fontPathEditLine.addWidget(self.fontPathEdit)

        self.fontBrowseButton = QPushButton(self.fontPathEditBox)
        self.fontBrowseButton.setObjectName(u"fontBrowseButton")

        self.fontPathEditLine.addWidget(self.fontBrowseButton)

        self.fontPathEditLine.setStretch(0, 1)

        self.fontPathEditColumn.addLayout(self.fontPathEditLine)

        self.fontPathEditHint = QLabel(self.fontPathEditBox)
        self.fontPathEditHint.setObjectName(u"fontPathEditHint")
        self.fontPathEditHint.setProperty(u"class", u"hint")
        self.fontPathEditHint.setWordWrap(True)

        self.fontPathEditColumn.addWidget(self.fontPathEditHint)

        self.fontPathEditProblem = QLabel(self.fontPathEditBox)
        self.fontPathEditProblem.setObjectName(u"fontPathEditProblem")
        self.fontPathEditProblem.setProperty(u"class", u"problem")
        self.fontPathEditProblem.setWordWrap(True)
        self.fontPathEditProblem.setVisible(False)

        self.fontPathEditColumn.addWidget(self.fontPathEditProblem)


        self.printingTabForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fontPathEditBox)

        self.tabs.addTab(self.printingTab, "")
        self.languageTab = QWidget()
        self.languageTab.setObjectName(u"languageTab")
        self.languageTabForm = QFormLayout(self.languageTab)
        self.languageTabForm.setObjectName(u"languageTabForm")
        self.languageTabForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.languageTabForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.languageComboCaption = QLabel(self.languageTab)
        self.languageComboCaption.setObjectName(u"languageComboCaption")

        self.languageTabForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageComboCaption)

        self.languageComboBox = QWidget(self.languageTab)
        self.languageComboBox.setObjectName(u"languageComboBox")
        self.languageComboColumn = QVBoxLayout(self.languageComboBox)
        self.languageComboColumn.setSpacing(2)
        self.languageComboColumn.setObjectName(u"languageComboColumn")
        self.languageComboColumn.setContentsMargins(0, 0, 0, 0)
        self.languageCombo = QComboBox(self.languageComboBox)
        self.languageCombo.addItem(u"\u7b80\u4f53\u4e2d\u6587")
        self.languageCombo.addItem(u"English")
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageComboColumn.addWidget(self.languageCombo)

        self.languageComboHint = QLabel(self.languageComboBox)
        self.languageComboHint.setObjectName(u"languageComboHint")
        self.languageComboHint.setProperty(u"class", u"hint")
        self.languageComboHint.setWordWrap(True)

        self.languageComboColumn.addWidget(self.languageComboHint)

        self.languageComboProblem = QLabel(self.languageComboBox)
        self.languageComboProblem.setObjectName(u"languageComboProblem")
        self.languageComboProblem.setProperty(u"class", u"problem")
        self.languageComboProblem.setWordWrap(True)
        self.languageComboProblem.setVisible(False)

        self.languageComboColumn.addWidget(self.languageComboProblem)


        self.languageTabForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageComboBox)

        self.idleLockSpinCaption = QLabel(self.languageTab)
        self.idleLockSpinCaption.setObjectName(u"idleLockSpinCaption")

        self.languageTabForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idleLockSpinCaption)

        self.idleLockSpinBox = QWidget(self.languageTab)
        self.idleLockSpinBox.setObjectName(u"idleLockSpinBox")
        self.idleLockSpinColumn = QVBoxLayout(self.idleLockSpinBox)
        self.idleLockSpinColumn.setSpacing(2)
        self.idleLockSpinColumn.setObjectName(u"idleLockSpinColumn")
        self.idleLockSpinColumn.setContentsMargins(0, 0, 0, 0)
        self.idleLockSpin = QSpinBox(self.idleLockSpinBox)
        self.idleLockSpin.setObjectName(u"idleLockSpin")
        self.idleLockSpin.setMinimum(0)
        self.idleLockSpin.setMaximum(999)
        self.idleLockSpin.setMaximumSize(QSize(110, 16777215))

        self.idleLockSpinColumn.addWidget(self.idleLockSpin)

        self.idleLockSpinProblem = QLabel(self.idleLockSpinBox)
        self.idleLockSpinProblem.setObjectName(u"idleLockSpinProblem")
        self.idleLockSpinProblem.setProperty(u"class", u"problem")
        self.idleLockSpinProblem.setWordWrap(True)
        self.idleLockSpinProblem.setVisible(False)

        self.idleLockSpinColumn.addWidget(self.idleLockSpinProblem)


        self.languageTabForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idleLockSpinBox)

        self.tabs.addTab(self.languageTab, "")
        self.syncTab = QWidget()
        self.syncTab.setObjectName(u"syncTab")
        self.syncTabForm = QFormLayout(self.syncTab)
        self.syncTabForm.setObjectName(u"syncTabForm")
        self.syncTabForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.syncTabForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.centralUrlEditCaption = QLabel(self.syncTab)
        self.centralUrlEditCaption.setObjectName(u"centralUrlEditCaption")

        self.syncTabForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.centralUrlEditCaption)

        self.centralUrlEditBox = QWidget(self.syncTab)
        self.centralUrlEditBox.setObjectName(u"centralUrlEditBox")
        self.centralUrlEditColumn = QVBoxLayout(self.centralUrlEditBox)
        self.centralUrlEditColumn.setSpacing(2)
        self.centralUrlEditColumn.setObjectName(u"centralUrlEditColumn")
        self.centralUrlEditColumn.setContentsMargins(0, 0, 0, 0)
        self.centralUrlEdit = QLineEdit(self.centralUrlEditBox)
        self.centralUrlEdit.setObjectName(u"centralUrlEdit")
        self.centralUrlEdit.setPlaceholderText(u"postgresql+psycopg://clerk@server/clerk_desk")

        self.centralUrlEditColumn.addWidget(self.centralUrlEdit)

        self.centralUrlEditHint = QLabel(self.centralUrlEditBox)
        self.centralUrlEditHint.setObjectName(u"centralUrlEditHint")
        self.centralUrlEditHint.setProperty(u"class", u"hint")
        self.centralUrlEditHint.setWordWrap(True)

        self.centralUrlEditColumn.addWidget(self.centralUrlEditHint)

        self.centralUrlEditProblem = QLabel(self.centralUrlEditBox)
        self.centralUrlEditProblem.setObjectName(u"centralUrlEditProblem")
        self.centralUrlEditProblem.setProperty(u"class", u"problem")
        self.centralUrlEditProblem.setWordWrap(True)
        self.centralUrlEditProblem.setVisible(False)

        self.centralUrlEditColumn.addWidget(self.centralUrlEditProblem)


        self.syncTabForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.centralUrlEditBox)

        self.tabs.addTab(self.syncTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.generalProblem = QLabel(SettingsDialog)
        self.generalProblem.setObjectName(u"generalProblem")
        self.generalProblem.setProperty(u"class", u"problem")
        self.generalProblem.setWordWrap(True)
        self.generalProblem.setVisible(False)

        self.dialogLayout.addWidget(self.generalProblem)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeEditCaption.setBuddy(self.codeEdit)
        self.nameEditCaption.setBuddy(self.nameEdit)
        self.kindComboCaption.setBuddy(self.kindCombo)
        self.addressEditCaption.setBuddy(self.addressEdit)
        self.hoursEditCaption.setBuddy(self.hoursEdit)
        self.phoneEditCaption.setBuddy(self.phoneEdit)
        self.workingDaysSpinCaption.setBuddy(self.workingDaysSpin)
        self.cutoffEditCaption.setBuddy(self.cutoffEdit)
        self.minAgeSpinCaption.setBuddy(self.minAgeSpin)
        self.residencePermitCheckCaption.setBuddy(self.residencePermitCheck)
        self.localPrefixesEditCaption.setBuddy(self.localPrefixesEdit)
        self.letterCheckCaption.setBuddy(self.letterCheck)
        self.familyExemptCheckCaption.setBuddy(self.familyExemptCheck)
        self.uncollectedSpinCaption.setBuddy(self.uncollectedSpin)
        self.newbornDaysSpinCaption.setBuddy(self.newbornDaysSpin)
        self.flexibleMinAgeSpinCaption.setBuddy(self.flexibleMinAgeSpin)
        self.femaleRetirementComboCaption.setBuddy(self.femaleRetirementCombo)
        self.contributionYearsSpinCaption.setBuddy(self.contributionYearsSpin)
        self.guidanceListCaption.setBuddy(self.guidanceList)
        self.paymentChannelsEditCaption.setBuddy(self.paymentChannelsEdit)
        self.paperComboCaption.setBuddy(self.paperCombo)
        self.printerComboCaption.setBuddy(self.printerCombo)
        self.previewCheckCaption.setBuddy(self.previewCheck)
        self.fontPathEditCaption.setBuddy(self.fontPathEdit)
        self.languageComboCaption.setBuddy(self.languageCombo)
        self.idleLockSpinCaption.setBuddy(self.idleLockSpin)
        self.centralUrlEditCaption.setBuddy(self.centralUrlEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8bbe\u7f6e", None))
        self.codeEditCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u670d\u52a1\u70b9\u4ee3\u7801(&C)\uff1a", None))
        self.codeEditHint.setText(QCoreApplication.translate("SettingsDialog", u"1\u201316 \u4f4d\u5b57\u6bcd\u3001\u6570\u5b57\u3001- \u6216 _\uff0c\u5370\u5728\u4e1a\u52a1\u7f16\u53f7\u4e0a", None))
        self.nameEditCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u670d\u52a1\u70b9\u540d\u79f0(&N)\uff1a", None))
        self.kindComboCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u670d\u52a1\u70b9\u7c7b\u578b(&K)\uff1a", None))
        self.kindCombo.setItemText(0, QCoreApplication.translate("SettingsDialog", u"\u8857\u9053\u3001\u4e61\u9547\u533b\u4fdd\u670d\u52a1\u70b9\uff083\u4e2a\u5de5\u4f5c\u65e5\u5185\u9886\u5361\uff09", None))
        self.kindCombo.setItemText(1, QCoreApplication.translate("SettingsDialog", u"\u53bf\u533b\u4fdd\u4e2d\u5fc3\uff08\u5f53\u573a\u53d1\u5361\uff09", None))

        self.addressEditCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u5730\u5740(&A)\uff1a", None))
        self.addressEditHint.setText(QCoreApplication.translate("SettingsDialog", u"\u5370\u5728\u9886\u5361\u51ed\u6761\u4e0a", None))
        self.hoursEditCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u529e\u516c\u65f6\u95f4(&H)\uff1a", None))
        self.phoneEditCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u54a8\u8be2\u7535\u8bdd\uff1a", None))
        self.tabs.setTabText(self.tabs.indexOf(self.pointTab), QCoreApplication.translate("SettingsDialog", u"\u670d\u52a1\u70b9(&P)", None))
        self.workingDaysSpinCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u9886\u5361\u671f\u9650\uff08\u5de5\u4f5c\u65e5\uff09(&W)\uff1a", None))
        self.workingDaysSpinHint.setText(QCoreApplication.translate("SettingsDialog", u"\u8857\u9053\u670d\u52a1\u70b9\u53d7\u7406\u540e\u7b2c\u51e0\u4e2a\u5de5\u4f5c\u65e5\u53ef\u9886\u5361\uff08\u53d7\u7406\u5f53\u5929\u4e0d\u8ba1\uff09", None))
        self.cutoffEditCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u6bcf\u65e5\u622a\u6b62\u65f6\u95f4(&T)\uff1a", None))
        self.cutoffEditHint.setText(QCoreApplication.translate("SettingsDialog", u"\u7559\u7a7a\u8868\u793a\u4e0d\u542f\u7528\uff1b\u665a\u4e8e\u6b64\u65f6\u95f4\u53d7\u7406\u7684\u4e1a\u52a1\u6309\u6b21\u65e5\u53d7\u7406\u8ba1\u7b97\u9886\u5361\u65e5\u671f", None))
        self.minAgeSpinCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u672c\u4eba\u529e\u7406\u6700\u4f4e\u5e74\u9f84\uff1a", None))
        self.minAgeSpinHint.setText(QCoreApplication.translate("SettingsDialog", u"\u672a\u6ee1\u6b64\u5e74\u9f84\u987b\u7531\u76d1\u62a4\u4eba\u529e\u7406", None))
        self.residencePermitCheckCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u975e\u672c\u5730\u6237\u7c4d\uff1a", None))
        self.residencePermitCheck.setText(QCoreApplication.translate("SettingsDialog", u"\u987b\u6301\u672c\u5730\u5c45\u4f4f\u8bc1", None))
        self.localPrefixesEditCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u672c\u5730\u884c\u653f\u533a\u5212\u4ee3\u7801\uff1a", None))
        self.localPrefixesEditHint.setText(QCoreApplication.translate("SettingsDialog", u"2\u20136 \u4f4d\u4ee3\u7801\u524d\u7f00\uff0c\u591a\u4e2a\u7528\u9017\u53f7\u5206\u9694\uff0c\u4f8b\u5982 2306, 2301", None))
        self.letterCheckCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u4ed6\u4eba\u4ee3\u529e\uff1a", None))
        self.letterCheck.setText(QCoreApplication.translate("SettingsDialog", u"\u987b\u63d0\u4ea4\u6388\u6743\u59d4\u6258\u4e66", None))
        self.familyExemptCheck.setText(QCoreApplication.translate("SettingsDialog", u"\u914d\u5076\u3001\u7236\u6bcd\u3001\u5b50\u5973\u51ed\u6237\u53e3\u7c3f\u8bc1\u660e\u5173\u7cfb\u7684\u514d\u59d4\u6258\u4e66", None))
        self.uncollectedSpinCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u672a\u9886\u5361\u63d0\u9192\uff08\u5929\uff09\uff1a", None))
        self.newbornDaysSpinCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u65b0\u751f\u513f\u51ed\u51fa\u751f\u8bc1\u660e\u53c2\u4fdd\uff08\u5929\u5185\uff09\uff1a", None))
        self.flexibleMinAgeSpinCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u7075\u6d3b\u5c31\u4e1a\u53c2\u4fdd\u6700\u4f4e\u5e74\u9f84\uff1a", None))
        self.femaleRetirementComboCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u5973\u6027\u539f\u6cd5\u5b9a\u9000\u4f11\u5e74\u9f84\uff1a", None))
        self.femaleRetirementCombo.setItemText(0, QCoreApplication.translate("SettingsDialog", u"55 \u5c81\uff08\u5973\u5e72\u90e8\u3001\u7075\u6d3b\u5c31\u4e1a\u9ed8\u8ba4\uff09", None))
        self.femaleRetirementCombo.setItemText(1, QCoreApplication.translate("SettingsDialog", u"50 \u5c81\uff08\u5973\u5de5\u4eba\uff09", None))

        self.femaleRetirementComboHint.setText(QCoreApplication.translate("SettingsDialog", u"\u9000\u4f11\u5e74\u9f84\u63092025\u5e74\u8d77\u6e10\u8fdb\u5f0f\u5ef6\u8fdf\u9000\u4f11\u529e\u6cd5\u6309\u51fa\u751f\u5e74\u6708\u8ba1\u7b97\uff1b\u6b64\u5904\u4ec5\u9009\u62e9\u5973\u6027\u7684\u539f\u9000\u4f11\u5e74\u9f84", None))
        self.contributionYearsSpinCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u8fbe\u9f84\u540e\u53ef\u7eed\u7f34\u81f3\uff08\u5e74\uff09\uff1a", None))
        self.contributionYearsSpinHint.setText(QCoreApplication.translate("SettingsDialog", u"\u7075\u6d3b\u5c31\u4e1a\u4eba\u5458\u8fbe\u5230\u9000\u4f11\u5e74\u9f84\u65f6\u7f34\u8d39\u5e74\u9650\u4e0d\u8db3\u6b64\u6570\u7684\uff0c\u53ef\u7eed\u4fdd\u7f34\u8d39", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rulesTab), QCoreApplication.translate("SettingsDialog", u"\u4e1a\u52a1\u89c4\u5219(&R)", None))
        self.guidanceListCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u63d0\u793a\u6587\u5b57(&X)\uff1a", None))
        self.addGuidanceButton.setText(QCoreApplication.translate("SettingsDialog", u"\u6dfb\u52a0(&D)", None))
        self.editGuidanceButton.setText(QCoreApplication.translate("SettingsDialog", u"\u4fee\u6539 (F2)", None))
        self.removeGuidanceButton.setText(QCoreApplication.translate("SettingsDialog", u"\u5220\u9664", None))
        self.upGuidanceButton.setText(QCoreApplication.translate("SettingsDialog", u"\u4e0a\u79fb", None))
        self.downGuidanceButton.setText(QCoreApplication.translate("SettingsDialog", u"\u4e0b\u79fb", None))
        self.guidanceListHint.setText(QCoreApplication.translate("SettingsDialog", u"\u6bcf\u6761\u4e00\u884c\uff0c\u6309\u987a\u5e8f\u53ea\u5370\u5728\u9002\u7528\u7684\u56de\u6267\u4e0a\uff08\u9002\u7528\u8303\u56f4\u89c1\u63d0\u793a\uff0c\u5728\u8bbe\u7f6e\u6587\u4ef6\u4e2d\u4fee\u6539\uff09\uff1b\u53cc\u51fb\u6216\u6309 F2 \u4fee\u6539", None))
        self.paymentChannelsEditCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u7f34\u8d39\u6e20\u9053(&Y)\uff1a", None))
        self.paymentChannelsEditHint.setText(QCoreApplication.translate("SettingsDialog", u"\u5370\u5728\u5c45\u6c11\u7684\u56de\u6267\u4e0a\uff0c\u591a\u4e2a\u7528\u987f\u53f7\u6216\u9017\u53f7\u5206\u9694\uff0c\u4f8b\u5982 \u7a0e\u52a1App\u3001\u5fae\u4fe1\u6216\u652f\u4ed8\u5b9d\u3001\u94f6\u884c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.receiptTab), QCoreApplication.translate("SettingsDialog", u"\u56de\u6267\u63d0\u793a(&G)", None))
        self.paperComboCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u7eb8\u5f20(&A)\uff1a", None))
        self.paperCombo.setItemText(0, QCoreApplication.translate("SettingsDialog", u"A4 \u7eb8", None))
        self.paperCombo.setItemText(1, QCoreApplication.translate("SettingsDialog", u"80mm \u70ed\u654f\u5377\u7eb8", None))

        self.printerComboCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u6253\u5370\u673a(&N)\uff1a", None))
        self.previewCheckCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u9884\u89c8\uff1a", None))
        self.previewCheck.setText(QCoreApplication.translate("SettingsDialog", u"\u6253\u5370\u524d\u5148\u9884\u89c8", None))
        self.fontPathEditCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u4e2d\u6587\u5b57\u4f53\u6587\u4ef6(&F)\uff1a", None))
        self.fontBrowseButton.setText(QCoreApplication.translate("SettingsDialog", u"\u6d4f\u89c8\u2026", None))
        self.fontPathEditHint.setText(QCoreApplication.translate("SettingsDialog", u"TrueType \u5b57\u4f53\uff08.ttf / .ttc\uff09\uff1b\u7559\u7a7a\u4f7f\u7528\u5185\u7f6e\u7684\u6587\u6cc9\u9a7f\u5fae\u7c73\u9ed1", None))
        self.tabs.setTabText(self.tabs.indexOf(self.printingTab), QCoreApplication.translate("SettingsDialog", u"\u6253\u5370(&I)", None))
        self.languageComboCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u754c\u9762\u8bed\u8a00(&L)\uff1a", None))

        self.languageComboHint.setText(QCoreApplication.translate("SettingsDialog", u"\u91cd\u65b0\u542f\u52a8\u7a0b\u5e8f\u540e\u751f\u6548\uff1b\u56de\u6267\u548c\u51ed\u6761\u59cb\u7ec8\u4e3a\u4e2d\u6587", None))
        self.idleLockSpinCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u65e0\u64cd\u4f5c\u81ea\u52a8\u9501\u5c4f\uff08\u5206\u949f\uff09\uff1a", None))
        self.tabs.setTabText(self.tabs.indexOf(self.languageTab), QCoreApplication.translate("SettingsDialog", u"\u754c\u9762(&U)", None))
        self.centralUrlEditCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u4e2d\u5fc3\u6570\u636e\u5e93\u5730\u5740(&D)\uff1a", None))
        self.centralUrlEditHint.setText(QCoreApplication.translate("SettingsDialog", u"\u670d\u52a1\u5927\u5385\u6216\u533a\u53bf\u7684 PostgreSQL \u6570\u636e\u5e93\uff1b\u7559\u7a7a\u8868\u793a\u4e0d\u540c\u6b65\uff08\u4e5f\u53ef\u7528 U \u76d8\u6570\u636e\u5305\u540c\u6b65\uff09", None))
        self.tabs.setTabText(self.tabs.indexOf(self.syncTab), QCoreApplication.translate("SettingsDialog", u"\u6570\u636e\u540c\u6b65(&Y)", None))
    # retranslateUi

