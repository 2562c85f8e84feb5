# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_user_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget)

class Ui_NewUserDialog(object):
    def setupUi(self, NewUserDialog):
        if not NewUserDialog.objectName():
            NewUserDialog.setObjectName(u"NewUserDialog")
        NewUserDialog.setMinimumSize(QSize(420, 0))
        self.form = QFormLayout(NewUserDialog)
        self.form.setObjectName(u"form")
        self.lbl_usernameEdit = QLabel(NewUserDialog)
        self.lbl_usernameEdit.setObjectName(u"lbl_usernameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_usernameEdit)

        self.usernameEdit = QLineEdit(NewUserDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.usernameProblem = QLabel(NewUserDialog)
        self.usernameProblem.setObjectName(u"usernameProblem")
        self.usernameProblem.setWordWrap(True)
        self.usernameProblem.setVisible(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameProblem)

        self.lbl_displayEdit = QLabel(NewUserDialog)
        self.lbl_displayEdit.setObjectName(u"lbl_displayEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lbl_displayEdit)

        self.displayEdit = QLineEdit(NewUserDialog)
        self.displayEdit.setObjectName(u"displayEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.displayEdit)

        self.display_nameProblem = QLabel(NewUserDialog)
        self.display_nameProblem.setObjectName(u"display_nameProblem")
        self.display_nameProblem.setWordWrap(True)
        self.display_nameProblem.setVisible(False)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.display_nameProblem)

        self.lbl_roleCombo = QLabel(NewUserDialog)
        self.lbl_roleCombo.setObjectName(u"lbl_roleCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lbl_roleCombo)

        self.roleCombo = QComboBox(NewUserDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.roleProblem = QLabel(NewUserDialog)
        self.roleProblem.setObjectName(u"roleProblem")
        self.roleProblem.setWordWrap(True)
        self.roleProblem.setVisible(False)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.roleProblem)

        self.lbl_passwordEdit = QLabel(NewUserDialog)
        self.lbl_passwordEdit.setObjectName(u"lbl_passwordEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.lbl_passwordEdit)

        self.passwordEdit = QLineEdit(NewUserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordProblem = QLabel(NewUserDialog)
        self.passwordProblem.setObjectName(u"passwordProblem")
        self.passwordProblem.setWordWrap(True)
        self.passwordProblem.setVisible(False)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.passwordProblem)

        self.lbl_repeatEdit = QLabel(NewUserDialog)
        self.lbl_repeatEdit.setObjectName(u"lbl_repeatEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.lbl_repeatEdit)

        self.repeatEdit = QLineEdit(NewUserDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.repeatProblem = QLabel(NewUserDialog)
        self.repeatProblem.setObjectName(u"repeatProblem")
        self.repeatProblem.setWordWrap(True)
        self.repeatProblem.setVisible(False)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.repeatProblem)

        self.noteLabel = QLabel(NewUserDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.noteLabel)

        self.problemLabel = QLabel(NewUserDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setVisible(False)

        self.form.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.problemLabel)

        self.buttons = QDialogButtonBox(NewUserDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.form.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.lbl_usernameEdit.setBuddy(self.usernameEdit)
        self.lbl_displayEdit.setBuddy(self.displayEdit)
        self.lbl_roleCombo.setBuddy(self.roleCombo)
        self.lbl_passwordEdit.setBuddy(self.passwordEdit)
        self.lbl_repeatEdit.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewUserDialog)

        QMetaObject.connectSlotsByName(NewUserDialog)
    # setupUi

    def retranslateUi(self, NewUserDialog):
        NewUserDialog.setWindowTitle(QCoreApplication.translate("NewUserDialog", u"\u65b0\u5efa\u8d26\u6237", None))
        self.lbl_usernameEdit.setText(QCoreApplication.translate("NewUserDialog", u"\u7528\u6237\u540d(&U)", None))
        self.usernameProblem.setProperty(u"class", QCoreApplication.translate("NewUserDialog", u"problem", None))
        self.lbl_displayEdit.setText(QCoreApplication.translate("NewUserDialog", u"\u59d3\u540d(&N)", None))
        self.display_nameProblem.setProperty(u"class", QCoreApplication.translate("NewUserDialog", u"problem", None))
        self.lbl_roleCombo.setText(QCoreApplication.translate("NewUserDialog", u"\u89d2\u8272(&R)", None))
        self.roleProblem.setProperty(u"class", QCoreApplication.translate("NewUserDialog", u"problem", None))
        self.lbl_passwordEdit.setText(QCoreApplication.translate("NewUserDialog", u"\u521d\u59cb\u5bc6\u7801(&P)", None))
        self.passwordProblem.setProperty(u"class", QCoreApplication.translate("NewUserDialog", u"problem", None))
        self.lbl_repeatEdit.setText(QCoreApplication.translate("NewUserDialog", u"\u518d\u6b21\u8f93\u5165(&A)", None))
        self.repeatProblem.setProperty(u"class", QCoreApplication.translate("NewUserDialog", u"problem", None))
        self.noteLabel.setText(QCoreApplication.translate("NewUserDialog", u"\u9996\u6b21\u767b\u5f55\u65f6\u987b\u4fee\u6539\u5bc6\u7801", None))
        self.problemLabel.setProperty(u"class", QCoreApplication.translate("NewUserDialog", u"problem", None))
    # retranslateUi

