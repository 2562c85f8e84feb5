# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(SetupDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.lbl_codeEdit = QLabel(SetupDialog)
        self.lbl_codeEdit.setObjectName(u"lbl_codeEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_codeEdit)

        self.codeEdit = QLineEdit(SetupDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(16)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeProblem = QLabel(SetupDialog)
        self.codeProblem.setObjectName(u"codeProblem")
        self.codeProblem.setWordWrap(True)
        self.codeProblem.setVisible(False)
        self.codeProblem.setProperty(u"class", u"problem")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.codeProblem)

        self.lbl_nameEdit = QLabel(SetupDialog)
        self.lbl_nameEdit.setObjectName(u"lbl_nameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lbl_nameEdit)

        self.nameEdit = QLineEdit(SetupDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameProblem = QLabel(SetupDialog)
        self.nameProblem.setObjectName(u"nameProblem")
        self.nameProblem.setWordWrap(True)
        self.nameProblem.setVisible(False)
        self.nameProblem.setProperty(u"class", u"problem")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.nameProblem)

        self.lbl_kindCombo = QLabel(SetupDialog)
        self.lbl_kindCombo.setObjectName(u"lbl_kindCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lbl_kindCombo)

        self.kindCombo = QComboBox(SetupDialog)
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.lbl_addressEdit = QLabel(SetupDialog)
        self.lbl_addressEdit.setObjectName(u"lbl_addressEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lbl_addressEdit)

        self.addressEdit = QLineEdit(SetupDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.lbl_hoursEdit = QLabel(SetupDialog)
        self.lbl_hoursEdit.setObjectName(u"lbl_hoursEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.lbl_hoursEdit)

        self.hoursEdit = QLineEdit(SetupDialog)
        self.hoursEdit.setObjectName(u"hoursEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hoursEdit)

        self.lbl_phoneEdit = QLabel(SetupDialog)
        self.lbl_phoneEdit.setObjectName(u"lbl_phoneEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lbl_phoneEdit)

        self.phoneEdit = QLineEdit(SetupDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.lbl_languageCombo = QLabel(SetupDialog)
        self.lbl_languageCombo.setObjectName(u"lbl_languageCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.lbl_languageCombo)

        self.languageCombo = QComboBox(SetupDialog)
        self.languageCombo.addItem("")
        self.languageCombo.addItem("")
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.accountGroup = QGroupBox(SetupDialog)
        self.accountGroup.setObjectName(u"accountGroup")
        self.accountForm = QFormLayout(self.accountGroup)
        self.accountForm.setObjectName(u"accountForm")
        self.accountForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.lbl_usernameEdit = QLabel(self.accountGroup)
        self.lbl_usernameEdit.setObjectName(u"lbl_usernameEdit")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_usernameEdit)

        self.usernameEdit = QLineEdit(self.accountGroup)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.accountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.lbl_displayNameEdit = QLabel(self.accountGroup)
        self.lbl_displayNameEdit.setObjectName(u"lbl_displayNameEdit")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lbl_displayNameEdit)

        self.displayNameEdit = QLineEdit(self.accountGroup)
        self.displayNameEdit.setObjectName(u"displayNameEdit")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.lbl_passwordEdit = QLabel(self.accountGroup)
        self.lbl_passwordEdit.setObjectName(u"lbl_passwordEdit")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lbl_passwordEdit)

        self.passwordEdit = QLineEdit(self.accountGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.accountForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.lbl_repeatEdit = QLabel(self.accountGroup)
        self.lbl_repeatEdit.setObjectName(u"lbl_repeatEdit")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lbl_repeatEdit)

        self.repeatEdit = QLineEdit(self.accountGroup)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.accountForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.accountProblem = QLabel(self.accountGroup)
        self.accountProblem.setObjectName(u"accountProblem")
        self.accountProblem.setWordWrap(True)
        self.accountProblem.setVisible(False)
        self.accountProblem.setProperty(u"class", u"problem")

        self.accountForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.accountProblem)


        self.mainLayout.addWidget(self.accountGroup)

        self.buttonBox = QDialogButtonBox(SetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lbl_codeEdit.setBuddy(self.codeEdit)
        self.lbl_nameEdit.setBuddy(self.nameEdit)
        self.lbl_kindCombo.setBuddy(self.kindCombo)
        self.lbl_addressEdit.setBuddy(self.addressEdit)
        self.lbl_hoursEdit.setBuddy(self.hoursEdit)
        self.lbl_phoneEdit.setBuddy(self.phoneEdit)
        self.lbl_languageCombo.setBuddy(self.languageCombo)
        self.lbl_usernameEdit.setBuddy(self.usernameEdit)
        self.lbl_displayNameEdit.setBuddy(self.displayNameEdit)
        self.lbl_passwordEdit.setBuddy(self.passwordEdit)
        self.lbl_repeatEdit.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.hoursEdit)
        QWidget.setTabOrder(self.hoursEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"\u9996\u6b21\u8bbe\u7f6e \u2014 \u670d\u52a1\u70b9", None))
        self.introLabel.setText(QCoreApplication.translate("SetupDialog", u"\u6b22\u8fce\u4f7f\u7528 Clerk Desk\u3002\u8bf7\u5148\u586b\u5199\u672c\u670d\u52a1\u70b9\u7684\u4fe1\u606f\uff08\u4ee5\u540e\u53ef\u5728\u201c\u8bbe\u7f6e\u201d\u4e2d\u4fee\u6539\uff09\u3002", None))
        self.lbl_codeEdit.setText(QCoreApplication.translate("SetupDialog", u"\u670d\u52a1\u70b9\u4ee3\u7801(&C)\uff1a", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"\u4f8b\u5982 HL-0101", None))
        self.codeProblem.setText("")
        self.lbl_nameEdit.setText(QCoreApplication.translate("SetupDialog", u"\u670d\u52a1\u70b9\u540d\u79f0(&N)\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"\u4f8b\u5982 \u548c\u5e73\u8857\u9053\u533b\u4fdd\u670d\u52a1\u70b9", None))
        self.nameProblem.setText("")
        self.lbl_kindCombo.setText(QCoreApplication.translate("SetupDialog", u"\u670d\u52a1\u70b9\u7c7b\u578b(&K)\uff1a", None))
        self.kindCombo.setItemText(0, QCoreApplication.translate("SetupDialog", u"\u8857\u9053\u3001\u4e61\u9547\u533b\u4fdd\u670d\u52a1\u70b9\uff083\u4e2a\u5de5\u4f5c\u65e5\u5185\u9886\u5361\uff09", None))
        self.kindCombo.setItemText(1, QCoreApplication.translate("SetupDialog", u"\u53bf\u533b\u4fdd\u4e2d\u5fc3\uff08\u5f53\u573a\u53d1\u5361\uff09", None))

        self.lbl_addressEdit.setText(QCoreApplication.translate("SetupDialog", u"\u5730\u5740(&A)\uff1a", None))
        self.lbl_hoursEdit.setText(QCoreApplication.translate("SetupDialog", u"\u529e\u516c\u65f6\u95f4(&H)\uff1a", None))
        self.lbl_phoneEdit.setText(QCoreApplication.translate("SetupDialog", u"\u8054\u7cfb\u7535\u8bdd(&P)\uff1a", None))
        self.lbl_languageCombo.setText(QCoreApplication.translate("SetupDialog", u"\u754c\u9762\u8bed\u8a00(&L)\uff1a", None))
        self.languageCombo.setItemText(0, QCoreApplication.translate("SetupDialog", u"\u7b80\u4f53\u4e2d\u6587", None))
        self.languageCombo.setItemText(1, QCoreApplication.translate("SetupDialog", u"English", None))

        self.accountGroup.setTitle(QCoreApplication.translate("SetupDialog", u"\u7b2c\u4e00\u4e2a\u8d1f\u8d23\u4eba\u8d26\u6237", None))
        self.lbl_usernameEdit.setText(QCoreApplication.translate("SetupDialog", u"\u7528\u6237\u540d(&U)\uff1a", None))
        self.lbl_displayNameEdit.setText(QCoreApplication.translate("SetupDialog", u"\u59d3\u540d\uff1a", None))
        self.lbl_passwordEdit.setText(QCoreApplication.translate("SetupDialog", u"\u5bc6\u7801(&W)\uff1a", None))
        self.lbl_repeatEdit.setText(QCoreApplication.translate("SetupDialog", u"\u518d\u6b21\u8f93\u5165\u5bc6\u7801\uff1a", None))
        self.accountProblem.setText("")
    # retranslateUi

