# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_HandoverPage(object):
    def setupUi(self, HandoverPage):
        if not HandoverPage.objectName():
            HandoverPage.setObjectName(u"HandoverPage")
        self.pageLayout = QVBoxLayout(HandoverPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.lookupLayout = QHBoxLayout()
        self.lookupLayout.setObjectName(u"lookupLayout")
        self.lookupLabel = QLabel(HandoverPage)
        self.lookupLabel.setObjectName(u"lookupLabel")

        self.lookupLayout.addWidget(self.lookupLabel)

        self.lookupEdit = QLineEdit(HandoverPage)
        self.lookupEdit.setObjectName(u"lookupEdit")
        self.lookupEdit.setProperty(u"class", u"idNumber")

        self.lookupLayout.addWidget(self.lookupEdit)

        self.lookupButton = QPushButton(HandoverPage)
        self.lookupButton.setObjectName(u"lookupButton")

        self.lookupLayout.addWidget(self.lookupButton)


        self.pageLayout.addLayout(self.lookupLayout)

        self.lookupProblem = QLabel(HandoverPage)
        self.lookupProblem.setObjectName(u"lookupProblem")
        self.lookupProblem.setWordWrap(True)
        self.lookupProblem.setVisible(False)
        self.lookupProblem.setProperty(u"class", u"problem")

        self.pageLayout.addWidget(self.lookupProblem)

        self.recordGroup = QGroupBox(HandoverPage)
        self.recordGroup.setObjectName(u"recordGroup")
        self.recordForm = QFormLayout(self.recordGroup)
        self.recordForm.setObjectName(u"recordForm")
        self.recordForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.lbl_numberValue = QLabel(self.recordGroup)
        self.lbl_numberValue.setObjectName(u"lbl_numberValue")

        self.recordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_numberValue)

        self.numberValue = QLabel(self.recordGroup)
        self.numberValue.setObjectName(u"numberValue")

        self.recordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberValue)

        self.lbl_statusValue = QLabel(self.recordGroup)
        self.lbl_statusValue.setObjectName(u"lbl_statusValue")

        self.recordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lbl_statusValue)

        self.statusValue = QLabel(self.recordGroup)
        self.statusValue.setObjectName(u"statusValue")

        self.recordForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.lbl_insuredValue = QLabel(self.recordGroup)
        self.lbl_insuredValue.setObjectName(u"lbl_insuredValue")

        self.recordForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lbl_insuredValue)

        self.insuredValue = QLabel(self.recordGroup)
        self.insuredValue.setObjectName(u"insuredValue")

        self.recordForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.insuredValue)

        self.lbl_readyByValue = QLabel(self.recordGroup)
        self.lbl_readyByValue.setObjectName(u"lbl_readyByValue")

        self.recordForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lbl_readyByValue)

        self.readyByValue = QLabel(self.recordGroup)
        self.readyByValue.setObjectName(u"readyByValue")

        self.recordForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.readyByValue)

        self.lbl_applicantValue = QLabel(self.recordGroup)
        self.lbl_applicantValue.setObjectName(u"lbl_applicantValue")

        self.recordForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lbl_applicantValue)

        self.applicantValue = QLabel(self.recordGroup)
        self.applicantValue.setObjectName(u"applicantValue")

        self.recordForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.applicantValue)

        self.lbl_pickupValue = QLabel(self.recordGroup)
        self.lbl_pickupValue.setObjectName(u"lbl_pickupValue")

        self.recordForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lbl_pickupValue)

        self.pickupValue = QLabel(self.recordGroup)
        self.pickupValue.setObjectName(u"pickupValue")

        self.recordForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pickupValue)


        self.pageLayout.addWidget(self.recordGroup)

        self.collectorGroup = QGroupBox(HandoverPage)
        self.collectorGroup.setObjectName(u"collectorGroup")
        self.collectorForm = QFormLayout(self.collectorGroup)
        self.collectorForm.setObjectName(u"collectorForm")
        self.collectorForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.lbl_collectorCombo = QLabel(self.collectorGroup)
        self.lbl_collectorCombo.setObjectName(u"lbl_collectorCombo")

        self.collectorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_collectorCombo)

        self.collectorCombo = QComboBox(self.collectorGroup)
        self.collectorCombo.addItem("")
        self.collectorCombo.addItem("")
        self.collectorCombo.setObjectName(u"collectorCombo")

        self.collectorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.collectorCombo)

        self.lbl_collectorIdEdit = QLabel(self.collectorGroup)
        self.lbl_collectorIdEdit.setObjectName(u"lbl_collectorIdEdit")

        self.collectorForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lbl_collectorIdEdit)

        self.collectorIdEdit = QLineEdit(self.collectorGroup)
        self.collectorIdEdit.setObjectName(u"collectorIdEdit")
        self.collectorIdEdit.setMaxLength(40)
        self.collectorIdEdit.setProperty(u"class", u"idNumber")

        self.collectorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.collectorIdEdit)

        self.collectorIdProblem = QLabel(self.collectorGroup)
        self.collectorIdProblem.setObjectName(u"collectorIdProblem")
        self.collectorIdProblem.setWordWrap(True)
        self.collectorIdProblem.setVisible(False)
        self.collectorIdProblem.setProperty(u"class", u"problem")

        self.collectorForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.collectorIdProblem)

        self.lbl_collectorNameEdit = QLabel(self.collectorGroup)
        self.lbl_collectorNameEdit.setObjectName(u"lbl_collectorNameEdit")

        self.collectorForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lbl_collectorNameEdit)

        self.collectorNameEdit = QLineEdit(self.collectorGroup)
        self.collectorNameEdit.setObjectName(u"collectorNameEdit")

        self.collectorForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.collectorNameEdit)

        self.lbl_collectorRelationCombo = QLabel(self.collectorGroup)
        self.lbl_collectorRelationCombo.setObjectName(u"lbl_collectorRelationCombo")

        self.collectorForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lbl_collectorRelationCombo)

        self.collectorRelationCombo = QComboBox(self.collectorGroup)
        self.collectorRelationCombo.setObjectName(u"collectorRelationCombo")

        self.collectorForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.collectorRelationCombo)

        self.lbl_collectorPhoneEdit = QLabel(self.collectorGroup)
        self.lbl_collectorPhoneEdit.setObjectName(u"lbl_collectorPhoneEdit")

        self.collectorForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lbl_collectorPhoneEdit)

        self.collectorPhoneEdit = QLineEdit(self.collectorGroup)
        self.collectorPhoneEdit.setObjectName(u"collectorPhoneEdit")

        self.collectorForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.collectorPhoneEdit)

        self.certificateCheck = QCheckBox(self.collectorGroup)
        self.certificateCheck.setObjectName(u"certificateCheck")

        self.collectorForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.certificateCheck)


        self.pageLayout.addWidget(self.collectorGroup)

        self.handoverButtons = QHBoxLayout()
        self.handoverButtons.setObjectName(u"handoverButtons")
        self.handoverMessage = QLabel(HandoverPage)
        self.handoverMessage.setObjectName(u"handoverMessage")
        self.handoverMessage.setWordWrap(True)
        self.handoverMessage.setProperty(u"class", u"message")

        self.handoverButtons.addWidget(self.handoverMessage)

        self.handOverButton = QPushButton(HandoverPage)
        self.handOverButton.setObjectName(u"handOverButton")
        self.handOverButton.setEnabled(False)
        self.handOverButton.setProperty(u"class", u"primary")

        self.handoverButtons.addWidget(self.handOverButton)


        self.pageLayout.addLayout(self.handoverButtons)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.lookupLabel.setBuddy(self.lookupEdit)
        self.lbl_numberValue.setBuddy(self.numberValue)
        self.lbl_statusValue.setBuddy(self.statusValue)
        self.lbl_insuredValue.setBuddy(self.insuredValue)
        self.lbl_readyByValue.setBuddy(self.readyByValue)
        self.lbl_applicantValue.setBuddy(self.applicantValue)
        self.lbl_pickupValue.setBuddy(self.pickupValue)
        self.lbl_collectorCombo.setBuddy(self.collectorCombo)
        self.lbl_collectorIdEdit.setBuddy(self.collectorIdEdit)
        self.lbl_collectorNameEdit.setBuddy(self.collectorNameEdit)
        self.lbl_collectorRelationCombo.setBuddy(self.collectorRelationCombo)
        self.lbl_collectorPhoneEdit.setBuddy(self.collectorPhoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lookupEdit, self.lookupButton)
        QWidget.setTabOrder(self.lookupButton, self.collectorCombo)
        QWidget.setTabOrder(self.collectorCombo, self.collectorIdEdit)
        QWidget.setTabOrder(self.collectorIdEdit, self.collectorNameEdit)
        QWidget.setTabOrder(self.collectorNameEdit, self.collectorRelationCombo)
        QWidget.setTabOrder(self.collectorRelationCombo, self.collectorPhoneEdit)
        QWidget.setTabOrder(self.collectorPhoneEdit, self.certificateCheck)
        QWidget.setTabOrder(self.certificateCheck, self.handOverButton)

        self.retranslateUi(HandoverPage)

        QMetaObject.connectSlotsByName(HandoverPage)
    # setupUi

    def retranslateUi(self, HandoverPage):
        self.lookupLabel.setText(QCoreApplication.translate("HandoverPage", u"\u9886\u5361\u51ed\u6761 / \u4e1a\u52a1\u7f16\u53f7 / \u8eab\u4efd\u8bc1\u53f7\u7801(&L)\uff1a", None))
        self.lookupEdit.setPlaceholderText(QCoreApplication.translate("HandoverPage", u"\u626b\u63cf\u51ed\u6761\u4e8c\u7ef4\u7801\u6216\u8f93\u5165\u53f7\u7801\u540e\u6309\u56de\u8f66", None))
        self.lookupButton.setText(QCoreApplication.translate("HandoverPage", u"\u67e5\u627e", None))
        self.lookupProblem.setText("")
        self.recordGroup.setTitle(QCoreApplication.translate("HandoverPage", u"\u4e1a\u52a1\u4fe1\u606f", None))
        self.lbl_numberValue.setText(QCoreApplication.translate("HandoverPage", u"\u4e1a\u52a1\u7f16\u53f7\uff1a", None))
        self.numberValue.setText("")
        self.lbl_statusValue.setText(QCoreApplication.translate("HandoverPage", u"\u72b6\u6001\uff1a", None))
        self.statusValue.setText("")
        self.lbl_insuredValue.setText(QCoreApplication.translate("HandoverPage", u"\u53c2\u4fdd\u4eba\uff1a", None))
        self.insuredValue.setText("")
        self.lbl_readyByValue.setText(QCoreApplication.translate("HandoverPage", u"\u5e94\u9886\u5361\u65e5\u671f\uff1a", None))
        self.readyByValue.setText("")
        self.lbl_applicantValue.setText(QCoreApplication.translate("HandoverPage", u"\u529e\u7406\u65b9\u5f0f\uff1a", None))
        self.applicantValue.setText("")
        self.lbl_pickupValue.setText(QCoreApplication.translate("HandoverPage", u"\u9886\u5361\u7801\uff1a", None))
        self.pickupValue.setText("")
        self.collectorGroup.setTitle(QCoreApplication.translate("HandoverPage", u"\u9886\u5361\u4eba", None))
        self.lbl_collectorCombo.setText(QCoreApplication.translate("HandoverPage", u"\u9886\u5361\u4eba(&C)\uff1a", None))
        self.collectorCombo.setItemText(0, QCoreApplication.translate("HandoverPage", u"\u53c2\u4fdd\u4eba\u672c\u4eba", None))
        self.collectorCombo.setItemText(1, QCoreApplication.translate("HandoverPage", u"\u4ee3\u9886\u4eba", None))

        self.lbl_collectorIdEdit.setText(QCoreApplication.translate("HandoverPage", u"\u9886\u5361\u4eba\u8eab\u4efd\u8bc1\u53f7(&I)\uff1a", None))
        self.collectorIdProblem.setText("")
        self.lbl_collectorNameEdit.setText(QCoreApplication.translate("HandoverPage", u"\u9886\u5361\u4eba\u59d3\u540d\uff1a", None))
        self.lbl_collectorRelationCombo.setText(QCoreApplication.translate("HandoverPage", u"\u4e0e\u53c2\u4fdd\u4eba\u5173\u7cfb\uff1a", None))
        self.lbl_collectorPhoneEdit.setText(QCoreApplication.translate("HandoverPage", u"\u4ee3\u9886\u4eba\u7535\u8bdd\uff1a", None))
        self.certificateCheck.setText(QCoreApplication.translate("HandoverPage", u"\u5df2\u6838\u9a8c\u53c2\u4fdd\u4eba\u8eab\u4efd\u8bc1\u6216\u9886\u5361\u51ed\u6761", None))
        self.handoverMessage.setText("")
        self.handOverButton.setText(QCoreApplication.translate("HandoverPage", u"\u786e\u8ba4\u53d1\u5361 (F9)", None))
        pass
    # retranslateUi

