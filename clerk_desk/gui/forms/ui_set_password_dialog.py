# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'set_password_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QWidget)

class Ui_SetPasswordDialog(object):
    def setupUi(self, SetPasswordDialog):
        if not SetPasswordDialog.objectName():
            SetPasswordDialog.setObjectName(u"SetPasswordDialog")
        SetPasswordDialog.setMinimumSize(QSize(420, 0))
        self.form = QFormLayout(SetPasswordDialog)
        self.form.setObjectName(u"form")
        self.lbl_passwordEdit = QLabel(SetPasswordDialog)
        self.lbl_passwordEdit.setObjectName(u"lbl_passwordEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_passwordEdit)

        self.passwordEdit = QLineEdit(SetPasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordProblem = QLabel(SetPasswordDialog)
        self.passwordProblem.setObjectName(u"passwordProblem")
        self.passwordProblem.setWordWrap(True)
        self.passwordProblem.setVisible(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordProblem)

        self.lbl_repeatEdit = QLabel(SetPasswordDialog)
        self.lbl_repeatEdit.setObjectName(u"lbl_repeatEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lbl_repeatEdit)

        self.repeatEdit = QLineEdit(SetPasswordDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.repeatProblem = QLabel(SetPasswordDialog)
        self.repeatProblem.setObjectName(u"repeatProblem")
        self.repeatProblem.setWordWrap(True)
        self.repeatProblem.setVisible(False)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatProblem)

        self.problemLabel = QLabel(SetPasswordDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setVisible(False)

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.problemLabel)

        self.buttons = QDialogButtonBox(SetPasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.lbl_passwordEdit.setBuddy(self.passwordEdit)
        self.lbl_repeatEdit.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetPasswordDialog)

        QMetaObject.connectSlotsByName(SetPasswordDialog)
    # setupUi

    def retranslateUi(self, SetPasswordDialog):
        SetPasswordDialog.setWindowTitle(QCoreApplication.translate("SetPasswordDialog", u"\u91cd\u8bbe\u5bc6\u7801", None))
        self.lbl_passwordEdit.setText(QCoreApplication.translate("SetPasswordDialog", u"\u65b0\u5bc6\u7801(&P)", None))
        self.passwordProblem.setProperty(u"class", QCoreApplication.translate("SetPasswordDialog", u"problem", None))
        self.lbl_repeatEdit.setText(QCoreApplication.translate("SetPasswordDialog", u"\u518d\u6b21\u8f93\u5165(&A)", None))
        self.repeatProblem.setProperty(u"class", QCoreApplication.translate("SetPasswordDialog", u"problem", None))
        self.problemLabel.setProperty(u"class", QCoreApplication.translate("SetPasswordDialog", u"problem", None))
    # retranslateUi

