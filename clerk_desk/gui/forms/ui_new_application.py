# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_application.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_NewApplicationPage(object):
    def setupUi(self, NewApplicationPage):
        if not NewApplicationPage.objectName():
            NewApplicationPage.setObjectName(u"NewApplicationPage")
        self.pageLayout = QVBoxLayout(NewApplicationPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.draftLayout = QHBoxLayout()
        self.draftLayout.setObjectName(u"draftLayout")
        self.draftLabel = QLabel(NewApplicationPage)
        self.draftLabel.setObjectName(u"draftLabel")
        self.draftLabel.setWordWrap(True)

        self.draftLayout.addWidget(self.draftLabel)

        self.restoreDraftButton = QPushButton(NewApplicationPage)
        self.restoreDraftButton.setObjectName(u"restoreDraftButton")
        self.restoreDraftButton.setVisible(False)

        self.draftLayout.addWidget(self.restoreDraftButton)

        self.discardDraftButton = QPushButton(NewApplicationPage)
        self.discardDraftButton.setObjectName(u"discardDraftButton")
        self.discardDraftButton.setVisible(False)

        self.draftLayout.addWidget(self.discardDraftButton)


        self.pageLayout.addLayout(self.draftLayout)

        self.scrollArea = QScrollArea(NewApplicationPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.columnsLayout = QHBoxLayout(self.scrollContents)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QWidget(self.scrollContents)
        self.leftColumn.setObjectName(u"leftColumn")
        self.leftLayout = QVBoxLayout(self.leftColumn)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.insuredGroup = QGroupBox(self.leftColumn)
        self.insuredGroup.setObjectName(u"insuredGroup")
        self.insuredForm = QFormLayout(self.insuredGroup)
        self.insuredForm.setObjectName(u"insuredForm")
        self.insuredForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.lbl_idNumberEdit = QLabel(self.insuredGroup)
        self.lbl_idNumberEdit.setObjectName(u"lbl_idNumberEdit")

        self.insuredForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_idNumberEdit)

        self.idNumberEdit = QLineEdit(self.insuredGroup)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(40)
        self.idNumberEdit.setProperty(u"class", u"idNumber")

        self.insuredForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idNumberEdit)

        self.idNumberProblem = QLabel(self.insuredGroup)
        self.idNumberProblem.setObjectName(u"idNumberProblem")
        self.idNumberProblem.setWordWrap(True)
        self.idNumberProblem.setVisible(False)
        self.idNumberProblem.setProperty(u"class", u"problem")

        self.insuredForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.idNumberProblem)

        self.derivedLabel = QLabel(self.insuredGroup)
        self.derivedLabel.setObjectName(u"derivedLabel")
        self.derivedLabel.setWordWrap(True)
        self.derivedLabel.setProperty(u"class", u"derived")

        self.insuredForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.derivedLabel)

        self.lbl_nameEdit = QLabel(self.insuredGroup)
        self.lbl_nameEdit.setObjectName(u"lbl_nameEdit")

        self.insuredForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lbl_nameEdit)

        self.nameEdit = QLineEdit(self.insuredGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.insuredForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameProblem = QLabel(self.insuredGroup)
        self.nameProblem.setObjectName(u"nameProblem")
        self.nameProblem.setWordWrap(True)
        self.nameProblem.setVisible(False)
        self.nameProblem.setProperty(u"class", u"problem")

        self.insuredForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.nameProblem)

        self.lbl_phoneEdit = QLabel(self.insuredGroup)
        self.lbl_phoneEdit.setObjectName(u"lbl_phoneEdit")

        self.insuredForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lbl_phoneEdit)

        self.phoneEdit = QLineEdit(self.insuredGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.insuredForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneProblem = QLabel(self.insuredGroup)
        self.phoneProblem.setObjectName(u"phoneProblem")
        self.phoneProblem.setWordWrap(True)
        self.phoneProblem.setVisible(False)
        self.phoneProblem.setProperty(u"class", u"problem")

        self.insuredForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.phoneProblem)

        self.lbl_addressEdit = QLabel(self.insuredGroup)
        self.lbl_addressEdit.setObjectName(u"lbl_addressEdit")

        self.insuredForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lbl_addressEdit)

        self.addressEdit = QLineEdit(self.insuredGroup)
        self.addressEdit.setObjectName(u"addressEdit")

        self.insuredForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.lbl_authorityEdit = QLabel(self.insuredGroup)
        self.lbl_authorityEdit.setObjectName(u"lbl_authorityEdit")

        self.insuredForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.lbl_authorityEdit)

        self.authorityEdit = QLineEdit(self.insuredGroup)
        self.authorityEdit.setObjectName(u"authorityEdit")

        self.insuredForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.authorityEdit)

        self.lbl_validFromEdit = QLabel(self.insuredGroup)
        self.lbl_validFromEdit.setObjectName(u"lbl_validFromEdit")

        self.insuredForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.lbl_validFromEdit)

        self.validityLayout = QHBoxLayout()
        self.validityLayout.setObjectName(u"validityLayout")
        self.validFromEdit = QLineEdit(self.insuredGroup)
        self.validFromEdit.setObjectName(u"validFromEdit")

        self.validityLayout.addWidget(self.validFromEdit)

        self.validDash = QLabel(self.insuredGroup)
        self.validDash.setObjectName(u"validDash")

        self.validityLayout.addWidget(self.validDash)

        self.validToEdit = QLineEdit(self.insuredGroup)
        self.validToEdit.setObjectName(u"validToEdit")

        self.validityLayout.addWidget(self.validToEdit)

        self.longTermCheck = QCheckBox(self.insuredGroup)
        self.longTermCheck.setObjectName(u"longTermCheck")

        self.validityLayout.addWidget(self.longTermCheck)

        self.temporaryCheck = QCheckBox(self.insuredGroup)
        self.temporaryCheck.setObjectName(u"temporaryCheck")

        self.validityLayout.addWidget(self.temporaryCheck)


        self.insuredForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.validityLayout)

        self.validityProblem = QLabel(self.insuredGroup)
        self.validityProblem.setObjectName(u"validityProblem")
        self.validityProblem.setWordWrap(True)
        self.validityProblem.setVisible(False)
        self.validityProblem.setProperty(u"class", u"problem")

        self.insuredForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.validityProblem)


        self.leftLayout.addWidget(self.insuredGroup)

        self.kindGroup = QGroupBox(self.leftColumn)
        self.kindGroup.setObjectName(u"kindGroup")
        self.kindForm = QFormLayout(self.kindGroup)
        self.kindForm.setObjectName(u"kindForm")
        self.kindForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.lbl_kindCombo = QLabel(self.kindGroup)
        self.lbl_kindCombo.setObjectName(u"lbl_kindCombo")

        self.kindForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_kindCombo)

        self.kindCombo = QComboBox(self.kindGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.lbl_employmentCombo = QLabel(self.kindGroup)
        self.lbl_employmentCombo.setObjectName(u"lbl_employmentCombo")

        self.kindForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lbl_employmentCombo)

        self.employmentCombo = QComboBox(self.kindGroup)
        self.employmentCombo.setObjectName(u"employmentCombo")

        self.kindForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.employmentCombo)

        self.lbl_schemeCombo = QLabel(self.kindGroup)
        self.lbl_schemeCombo.setObjectName(u"lbl_schemeCombo")

        self.kindForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lbl_schemeCombo)

        self.schemeCombo = QComboBox(self.kindGroup)
        self.schemeCombo.setObjectName(u"schemeCombo")

        self.kindForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.schemeCombo)

        self.suggestedLabel = QLabel(self.kindGroup)
        self.suggestedLabel.setObjectName(u"suggestedLabel")
        self.suggestedLabel.setWordWrap(True)

        self.kindForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.suggestedLabel)

        self.schemeProblem = QLabel(self.kindGroup)
        self.schemeProblem.setObjectName(u"schemeProblem")
        self.schemeProblem.setWordWrap(True)
        self.schemeProblem.setVisible(False)
        self.schemeProblem.setProperty(u"class", u"problem")

        self.kindForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.schemeProblem)

        self.lbl_socialCardEdit = QLabel(self.kindGroup)
        self.lbl_socialCardEdit.setObjectName(u"lbl_socialCardEdit")

        self.kindForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lbl_socialCardEdit)

        self.socialCardEdit = QLineEdit(self.kindGroup)
        self.socialCardEdit.setObjectName(u"socialCardEdit")

        self.kindForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.socialCardEdit)


        self.leftLayout.addWidget(self.kindGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftLayout.addItem(self.leftSpacer)


        self.columnsLayout.addWidget(self.leftColumn)

        self.rightColumn = QWidget(self.scrollContents)
        self.rightColumn.setObjectName(u"rightColumn")
        self.rightLayout = QVBoxLayout(self.rightColumn)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.applicantGroup = QGroupBox(self.rightColumn)
        self.applicantGroup.setObjectName(u"applicantGroup")
        self.applicantForm = QFormLayout(self.applicantGroup)
        self.applicantForm.setObjectName(u"applicantForm")
        self.applicantForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.lbl_applicantCombo = QLabel(self.applicantGroup)
        self.lbl_applicantCombo.setObjectName(u"lbl_applicantCombo")

        self.applicantForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_applicantCombo)

        self.applicantCombo = QComboBox(self.applicantGroup)
        self.applicantCombo.setObjectName(u"applicantCombo")

        self.applicantForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.applicantCombo)

        self.lbl_agentIdEdit = QLabel(self.applicantGroup)
        self.lbl_agentIdEdit.setObjectName(u"lbl_agentIdEdit")

        self.applicantForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lbl_agentIdEdit)

        self.agentIdEdit = QLineEdit(self.applicantGroup)
        self.agentIdEdit.setObjectName(u"agentIdEdit")
        self.agentIdEdit.setMaxLength(40)
        self.agentIdEdit.setProperty(u"class", u"idNumber")

        self.applicantForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agentIdEdit)

        self.agentIdProblem = QLabel(self.applicantGroup)
        self.agentIdProblem.setObjectName(u"agentIdProblem")
        self.agentIdProblem.setWordWrap(True)
        self.agentIdProblem.setVisible(False)
        self.agentIdProblem.setProperty(u"class", u"problem")

        self.applicantForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.agentIdProblem)

        self.lbl_agentNameEdit = QLabel(self.applicantGroup)
        self.lbl_agentNameEdit.setObjectName(u"lbl_agentNameEdit")

        self.applicantForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lbl_agentNameEdit)

        self.agentNameEdit = QLineEdit(self.applicantGroup)
        self.agentNameEdit.setObjectName(u"agentNameEdit")

        self.applicantForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.agentNameEdit)

        self.lbl_agentAuthorityEdit = QLabel(self.applicantGroup)
        self.lbl_agentAuthorityEdit.setObjectName(u"lbl_agentAuthorityEdit")

        self.applicantForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lbl_agentAuthorityEdit)

        self.agentAuthorityEdit = QLineEdit(self.applicantGroup)
        self.agentAuthorityEdit.setObjectName(u"agentAuthorityEdit")

        self.applicantForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.agentAuthorityEdit)

        self.lbl_agentValidFromEdit = QLabel(self.applicantGroup)
        self.lbl_agentValidFromEdit.setObjectName(u"lbl_agentValidFromEdit")

        self.applicantForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lbl_agentValidFromEdit)

        self.agentValidityLayout = QHBoxLayout()
        self.agentValidityLayout.setObjectName(u"agentValidityLayout")
        self.agentValidFromEdit = QLineEdit(self.applicantGroup)
        self.agentValidFromEdit.setObjectName(u"agentValidFromEdit")

        self.agentValidityLayout.addWidget(self.agentValidFromEdit)

        self.agentValidDash = QLabel(self.applicantGroup)
        self.agentValidDash.setObjectName(u"agentValidDash")

        self.agentValidityLayout.addWidget(self.agentValidDash)

        self.agentValidToEdit = QLineEdit(self.applicantGroup)
        self.agentValidToEdit.setObjectName(u"agentValidToEdit")

        self.agentValidityLayout.addWidget(self.agentValidToEdit)

        self.agentLongTermCheck = QCheckBox(self.applicantGroup)
        self.agentLongTermCheck.setObjectName(u"agentLongTermCheck")

        self.agentValidityLayout.addWidget(self.agentLongTermCheck)


        self.applicantForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.agentValidityLayout)

        self.lbl_agentPhoneEdit = QLabel(self.applicantGroup)
        self.lbl_agentPhoneEdit.setObjectName(u"lbl_agentPhoneEdit")

        self.applicantForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.lbl_agentPhoneEdit)

        self.agentPhoneEdit = QLineEdit(self.applicantGroup)
        self.agentPhoneEdit.setObjectName(u"agentPhoneEdit")

        self.applicantForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.agentPhoneEdit)

        self.lbl_agentRelationCombo = QLabel(self.applicantGroup)
        self.lbl_agentRelationCombo.setObjectName(u"lbl_agentRelationCombo")

        self.applicantForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lbl_agentRelationCombo)

        self.agentRelationCombo = QComboBox(self.applicantGroup)
        self.agentRelationCombo.setObjectName(u"agentRelationCombo")

        self.applicantForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.agentRelationCombo)

        self.letterCheck = QCheckBox(self.applicantGroup)
        self.letterCheck.setObjectName(u"letterCheck")

        self.applicantForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.letterCheck)

        self.agentProblem = QLabel(self.applicantGroup)
        self.agentProblem.setObjectName(u"agentProblem")
        self.agentProblem.setWordWrap(True)
        self.agentProblem.setVisible(False)
        self.agentProblem.setProperty(u"class", u"problem")

        self.applicantForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.agentProblem)


        self.rightLayout.addWidget(self.applicantGroup)

        self.hukouGroup = QGroupBox(self.rightColumn)
        self.hukouGroup.setObjectName(u"hukouGroup")
        self.hukouForm = QFormLayout(self.hukouGroup)
        self.hukouForm.setObjectName(u"hukouForm")
        self.hukouForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.hukouPresentCheck = QCheckBox(self.hukouGroup)
        self.hukouPresentCheck.setObjectName(u"hukouPresentCheck")
        self.hukouPresentCheck.setChecked(True)

        self.hukouForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.hukouPresentCheck)

        self.lbl_householdNoEdit = QLabel(self.hukouGroup)
        self.lbl_householdNoEdit.setObjectName(u"lbl_householdNoEdit")

        self.hukouForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lbl_householdNoEdit)

        self.householdNoEdit = QLineEdit(self.hukouGroup)
        self.householdNoEdit.setObjectName(u"householdNoEdit")

        self.hukouForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.householdNoEdit)

        self.lbl_householdTypeCombo = QLabel(self.hukouGroup)
        self.lbl_householdTypeCombo.setObjectName(u"lbl_householdTypeCombo")

        self.hukouForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lbl_householdTypeCombo)

        self.householdTypeCombo = QComboBox(self.hukouGroup)
        self.householdTypeCombo.setObjectName(u"householdTypeCombo")

        self.hukouForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.householdTypeCombo)

        self.lbl_hukouAddressEdit = QLabel(self.hukouGroup)
        self.lbl_hukouAddressEdit.setObjectName(u"lbl_hukouAddressEdit")

        self.hukouForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lbl_hukouAddressEdit)

        self.hukouAddressEdit = QLineEdit(self.hukouGroup)
        self.hukouAddressEdit.setObjectName(u"hukouAddressEdit")

        self.hukouForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hukouAddressEdit)

        self.lbl_pageNameEdit = QLabel(self.hukouGroup)
        self.lbl_pageNameEdit.setObjectName(u"lbl_pageNameEdit")

        self.hukouForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lbl_pageNameEdit)

        self.pageNameEdit = QLineEdit(self.hukouGroup)
        self.pageNameEdit.setObjectName(u"pageNameEdit")

        self.hukouForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pageNameEdit)

        self.lbl_pageIdEdit = QLabel(self.hukouGroup)
        self.lbl_pageIdEdit.setObjectName(u"lbl_pageIdEdit")

        self.hukouForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lbl_pageIdEdit)

        self.pageIdEdit = QLineEdit(self.hukouGroup)
        self.pageIdEdit.setObjectName(u"pageIdEdit")

        self.hukouForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pageIdEdit)

        self.lbl_relationToHeadCombo = QLabel(self.hukouGroup)
        self.lbl_relationToHeadCombo.setObjectName(u"lbl_relationToHeadCombo")

        self.hukouForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.lbl_relationToHeadCombo)

        self.relationToHeadCombo = QComboBox(self.hukouGroup)
        self.relationToHeadCombo.setObjectName(u"relationToHeadCombo")
        self.relationToHeadCombo.setEditable(True)

        self.hukouForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.relationToHeadCombo)

        self.lbl_residencePermitEdit = QLabel(self.hukouGroup)
        self.lbl_residencePermitEdit.setObjectName(u"lbl_residencePermitEdit")

        self.hukouForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lbl_residencePermitEdit)

        self.residencePermitEdit = QLineEdit(self.hukouGroup)
        self.residencePermitEdit.setObjectName(u"residencePermitEdit")

        self.hukouForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.residencePermitEdit)

        self.lbl_birthCertificateEdit = QLabel(self.hukouGroup)
        self.lbl_birthCertificateEdit.setObjectName(u"lbl_birthCertificateEdit")

        self.hukouForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.lbl_birthCertificateEdit)

        self.birthCertificateEdit = QLineEdit(self.hukouGroup)
        self.birthCertificateEdit.setObjectName(u"birthCertificateEdit")

        self.hukouForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.birthCertificateEdit)

        self.hukouProblem = QLabel(self.hukouGroup)
        self.hukouProblem.setObjectName(u"hukouProblem")
        self.hukouProblem.setWordWrap(True)
        self.hukouProblem.setVisible(False)
        self.hukouProblem.setProperty(u"class", u"problem")

        self.hukouForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.hukouProblem)


        self.rightLayout.addWidget(self.hukouGroup)

        self.documentsGroup = QGroupBox(self.rightColumn)
        self.documentsGroup.setObjectName(u"documentsGroup")
        self.documentsLayout = QVBoxLayout(self.documentsGroup)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsForm = QFormLayout()
        self.documentsForm.setObjectName(u"documentsForm")
        self.documentsForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.documentsLayout.addLayout(self.documentsForm)


        self.rightLayout.addWidget(self.documentsGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightLayout.addItem(self.rightSpacer)


        self.columnsLayout.addWidget(self.rightColumn)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.blockingLabel = QLabel(NewApplicationPage)
        self.blockingLabel.setObjectName(u"blockingLabel")
        self.blockingLabel.setWordWrap(True)
        self.blockingLabel.setProperty(u"class", u"blocking")

        self.buttonsLayout.addWidget(self.blockingLabel)

        self.saveDraftButton = QPushButton(NewApplicationPage)
        self.saveDraftButton.setObjectName(u"saveDraftButton")

        self.buttonsLayout.addWidget(self.saveDraftButton)

        self.clearButton = QPushButton(NewApplicationPage)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonsLayout.addWidget(self.clearButton)

        self.returnButton = QPushButton(NewApplicationPage)
        self.returnButton.setObjectName(u"returnButton")

        self.buttonsLayout.addWidget(self.returnButton)

        self.acceptButton = QPushButton(NewApplicationPage)
        self.acceptButton.setObjectName(u"acceptButton")
        self.acceptButton.setProperty(u"class", u"primary")

        self.buttonsLayout.addWidget(self.acceptButton)


        self.pageLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.lbl_idNumberEdit.setBuddy(self.idNumberEdit)
        self.lbl_nameEdit.setBuddy(self.nameEdit)
        self.lbl_phoneEdit.setBuddy(self.phoneEdit)
        self.lbl_addressEdit.setBuddy(self.addressEdit)
        self.lbl_authorityEdit.setBuddy(self.authorityEdit)
        self.lbl_validFromEdit.setBuddy(self.validFromEdit)
        self.lbl_kindCombo.setBuddy(self.kindCombo)
        self.lbl_employmentCombo.setBuddy(self.employmentCombo)
        self.lbl_schemeCombo.setBuddy(self.schemeCombo)
        self.lbl_socialCardEdit.setBuddy(self.socialCardEdit)
        self.lbl_applicantCombo.setBuddy(self.applicantCombo)
        self.lbl_agentIdEdit.setBuddy(self.agentIdEdit)
        self.lbl_agentNameEdit.setBuddy(self.agentNameEdit)
        self.lbl_agentAuthorityEdit.setBuddy(self.agentAuthorityEdit)
        self.lbl_agentValidFromEdit.setBuddy(self.agentValidFromEdit)
        self.lbl_agentPhoneEdit.setBuddy(self.agentPhoneEdit)
        self.lbl_agentRelationCombo.setBuddy(self.agentRelationCombo)
        self.lbl_householdNoEdit.setBuddy(self.householdNoEdit)
        self.lbl_householdTypeCombo.setBuddy(self.householdTypeCombo)
        self.lbl_hukouAddressEdit.setBuddy(self.hukouAddressEdit)
        self.lbl_pageNameEdit.setBuddy(self.pageNameEdit)
        self.lbl_pageIdEdit.setBuddy(self.pageIdEdit)
        self.lbl_relationToHeadCombo.setBuddy(self.relationToHeadCombo)
        self.lbl_residencePermitEdit.setBuddy(self.residencePermitEdit)
        self.lbl_birthCertificateEdit.setBuddy(self.birthCertificateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.idNumberEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.authorityEdit)
        QWidget.setTabOrder(self.authorityEdit, self.validFromEdit)
        QWidget.setTabOrder(self.validFromEdit, self.validToEdit)
        QWidget.setTabOrder(self.validToEdit, self.longTermCheck)
        QWidget.setTabOrder(self.longTermCheck, self.temporaryCheck)
        QWidget.setTabOrder(self.temporaryCheck, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.employmentCombo)
        QWidget.setTabOrder(self.employmentCombo, self.schemeCombo)
        QWidget.setTabOrder(self.schemeCombo, self.socialCardEdit)
        QWidget.setTabOrder(self.socialCardEdit, self.applicantCombo)
        QWidget.setTabOrder(self.applicantCombo, self.agentIdEdit)
        QWidget.setTabOrder(self.agentIdEdit, self.agentNameEdit)
        QWidget.setTabOrder(self.agentNameEdit, self.agentAuthorityEdit)
        QWidget.setTabOrder(self.agentAuthorityEdit, self.agentValidFromEdit)
        QWidget.setTabOrder(self.agentValidFromEdit, self.agentValidToEdit)
        QWidget.setTabOrder(self.agentValidToEdit, self.agentLongTermCheck)
        QWidget.setTabOrder(self.agentLongTermCheck, self.agentPhoneEdit)
        QWidget.setTabOrder(self.agentPhoneEdit, self.agentRelationCombo)
        QWidget.setTabOrder(self.agentRelationCombo, self.letterCheck)
        QWidget.setTabOrder(self.letterCheck, self.hukouPresentCheck)
        QWidget.setTabOrder(self.hukouPresentCheck, self.householdNoEdit)
        QWidget.setTabOrder(self.householdNoEdit, self.householdTypeCombo)
        QWidget.setTabOrder(self.householdTypeCombo, self.hukouAddressEdit)
        QWidget.setTabOrder(self.hukouAddressEdit, self.pageNameEdit)
        QWidget.setTabOrder(self.pageNameEdit, self.pageIdEdit)
        QWidget.setTabOrder(self.pageIdEdit, self.relationToHeadCombo)
        QWidget.setTabOrder(self.relationToHeadCombo, self.residencePermitEdit)
        QWidget.setTabOrder(self.residencePermitEdit, self.birthCertificateEdit)
        QWidget.setTabOrder(self.birthCertificateEdit, self.acceptButton)
        QWidget.setTabOrder(self.acceptButton, self.returnButton)
        QWidget.setTabOrder(self.returnButton, self.saveDraftButton)
        QWidget.setTabOrder(self.saveDraftButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.restoreDraftButton)
        QWidget.setTabOrder(self.restoreDraftButton, self.discardDraftButton)

        self.retranslateUi(NewApplicationPage)

        QMetaObject.connectSlotsByName(NewApplicationPage)
    # setupUi

    def retranslateUi(self, NewApplicationPage):
        self.draftLabel.setText("")
        self.restoreDraftButton.setText(QCoreApplication.translate("NewApplicationPage", u"\u6062\u590d\u8349\u7a3f", None))
        self.discardDraftButton.setText(QCoreApplication.translate("NewApplicationPage", u"\u653e\u5f03\u8349\u7a3f", None))
        self.insuredGroup.setTitle(QCoreApplication.translate("NewApplicationPage", u"\u53c2\u4fdd\u4eba\uff08\u5148\u5f55\u5165\u8eab\u4efd\u8bc1\u53f7\u7801\uff09", None))
        self.lbl_idNumberEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u8eab\u4efd\u8bc1\u53f7\u7801(&I)\uff1a", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("NewApplicationPage", u"18\u4f4d\u8eab\u4efd\u8bc1\u53f7\u7801\uff0c\u53ef\u5237\u5361\u6216\u626b\u63cf", None))
        self.idNumberProblem.setText("")
        self.derivedLabel.setText("")
        self.lbl_nameEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u59d3\u540d(&M)\uff1a", None))
        self.nameProblem.setText("")
        self.lbl_phoneEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u8054\u7cfb\u7535\u8bdd(&P)\uff1a", None))
        self.phoneProblem.setText("")
        self.lbl_addressEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u8054\u7cfb\u5730\u5740(&D)\uff1a", None))
        self.lbl_authorityEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u7b7e\u53d1\u673a\u5173\uff1a", None))
        self.authorityEdit.setPlaceholderText(QCoreApplication.translate("NewApplicationPage", u"\u4f8b\u5982 \u5317\u4eac\u5e02\u516c\u5b89\u5c40\u671d\u9633\u5206\u5c40", None))
        self.lbl_validFromEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u6709\u6548\u671f\u9650\uff1a", None))
        self.validFromEdit.setPlaceholderText(QCoreApplication.translate("NewApplicationPage", u"\u8d77 YYYY-MM-DD", None))
        self.validDash.setText(QCoreApplication.translate("NewApplicationPage", u"\u81f3", None))
        self.validToEdit.setPlaceholderText(QCoreApplication.translate("NewApplicationPage", u"\u6b62 YYYY-MM-DD", None))
        self.longTermCheck.setText(QCoreApplication.translate("NewApplicationPage", u"\u957f\u671f", None))
        self.temporaryCheck.setText(QCoreApplication.translate("NewApplicationPage", u"\u4e34\u65f6\u8eab\u4efd\u8bc1", None))
        self.validityProblem.setText("")
        self.kindGroup.setTitle(QCoreApplication.translate("NewApplicationPage", u"\u4e1a\u52a1", None))
        self.lbl_kindCombo.setText(QCoreApplication.translate("NewApplicationPage", u"\u4e1a\u52a1\u7c7b\u578b(&Y)\uff1a", None))
        self.lbl_employmentCombo.setText(QCoreApplication.translate("NewApplicationPage", u"\u5c31\u4e1a\u72b6\u51b5(&E)\uff1a", None))
        self.lbl_schemeCombo.setText(QCoreApplication.translate("NewApplicationPage", u"\u9669\u79cd(&S)\uff1a", None))
        self.suggestedLabel.setText("")
        self.schemeProblem.setText("")
        self.lbl_socialCardEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u793e\u4f1a\u4fdd\u969c\u5361\u53f7\uff1a", None))
        self.applicantGroup.setTitle(QCoreApplication.translate("NewApplicationPage", u"\u7533\u8bf7\u4eba", None))
        self.lbl_applicantCombo.setText(QCoreApplication.translate("NewApplicationPage", u"\u529e\u7406\u65b9\u5f0f(&W)\uff1a", None))
        self.lbl_agentIdEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u4ee3\u529e\u4eba\u8eab\u4efd\u8bc1\u53f7\uff1a", None))
        self.agentIdProblem.setText("")
        self.lbl_agentNameEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u4ee3\u529e\u4eba\u59d3\u540d\uff1a", None))
        self.lbl_agentAuthorityEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u4ee3\u529e\u4eba\u8bc1\u4ef6\u7b7e\u53d1\u673a\u5173\uff1a", None))
        self.lbl_agentValidFromEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u4ee3\u529e\u4eba\u8bc1\u4ef6\u6709\u6548\u671f\uff1a", None))
        self.agentValidFromEdit.setPlaceholderText(QCoreApplication.translate("NewApplicationPage", u"\u8d77 YYYY-MM-DD", None))
        self.agentValidDash.setText(QCoreApplication.translate("NewApplicationPage", u"\u81f3", None))
        self.agentValidToEdit.setPlaceholderText(QCoreApplication.translate("NewApplicationPage", u"\u6b62 YYYY-MM-DD", None))
        self.agentLongTermCheck.setText(QCoreApplication.translate("NewApplicationPage", u"\u957f\u671f", None))
        self.lbl_agentPhoneEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u4ee3\u529e\u4eba\u7535\u8bdd\uff1a", None))
        self.lbl_agentRelationCombo.setText(QCoreApplication.translate("NewApplicationPage", u"\u4e0e\u53c2\u4fdd\u4eba\u5173\u7cfb\uff1a", None))
        self.letterCheck.setText(QCoreApplication.translate("NewApplicationPage", u"\u5df2\u6536\u59d4\u6258\u4e66", None))
        self.agentProblem.setText("")
        self.hukouGroup.setTitle(QCoreApplication.translate("NewApplicationPage", u"\u6237\u53e3\u7c3f", None))
        self.hukouPresentCheck.setText(QCoreApplication.translate("NewApplicationPage", u"\u6301\u6237\u53e3\u7c3f\uff08\u65b0\u751f\u513f\u672a\u843d\u6237\u65f6\u53d6\u6d88\u52fe\u9009\uff0c\u586b\u5199\u51fa\u751f\u533b\u5b66\u8bc1\u660e\uff09", None))
        self.lbl_householdNoEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u6237\u53f7\uff1a", None))
        self.lbl_householdTypeCombo.setText(QCoreApplication.translate("NewApplicationPage", u"\u6237\u522b\uff1a", None))
        self.lbl_hukouAddressEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u6237\u7c4d\u5730\u5740\uff1a", None))
        self.lbl_pageNameEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u672c\u4eba\u9875\u59d3\u540d\uff1a", None))
        self.lbl_pageIdEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u672c\u4eba\u9875\u8eab\u4efd\u8bc1\u53f7\uff1a", None))
        self.lbl_relationToHeadCombo.setText(QCoreApplication.translate("NewApplicationPage", u"\u4e0e\u6237\u4e3b\u5173\u7cfb\uff1a", None))
        self.lbl_residencePermitEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u5c45\u4f4f\u8bc1\u53f7\u7801\uff1a", None))
        self.residencePermitEdit.setPlaceholderText(QCoreApplication.translate("NewApplicationPage", u"\u975e\u672c\u5730\u6237\u7c4d\u4e14\u672c\u5730\u8981\u6c42\u65f6\u586b\u5199", None))
        self.lbl_birthCertificateEdit.setText(QCoreApplication.translate("NewApplicationPage", u"\u51fa\u751f\u533b\u5b66\u8bc1\u660e\u7f16\u53f7\uff1a", None))
        self.hukouProblem.setText("")
        self.documentsGroup.setTitle(QCoreApplication.translate("NewApplicationPage", u"\u6750\u6599\u6e05\u5355", None))
        self.blockingLabel.setText("")
        self.saveDraftButton.setText(QCoreApplication.translate("NewApplicationPage", u"\u4fdd\u5b58\u8349\u7a3f (Ctrl+S)", None))
        self.clearButton.setText(QCoreApplication.translate("NewApplicationPage", u"\u65b0\u529e (Ctrl+N)", None))
        self.returnButton.setText(QCoreApplication.translate("NewApplicationPage", u"\u4e00\u6b21\u6027\u544a\u77e5 (Ctrl+R)", None))
        self.acceptButton.setText(QCoreApplication.translate("NewApplicationPage", u"\u53d7\u7406 (F9)", None))
        pass
    # retranslateUi

