# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ChangePasswordForm(object):
    def setupUi(self, ChangePasswordForm):
        if not ChangePasswordForm.objectName():
            ChangePasswordForm.setObjectName(u"ChangePasswordForm")
        self.changeLayout = QVBoxLayout(ChangePasswordForm)
        self.changeLayout.setObjectName(u"changeLayout")
        self.noteLabel = QLabel(ChangePasswordForm)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.changeLayout.addWidget(self.noteLabel)

        self.passwordsLayout = QFormLayout()
        self.passwordsLayout.setObjectName(u"passwordsLayout")
        self.oldPasswordLabel = QLabel(ChangePasswordForm)
        self.oldPasswordLabel.setObjectName(u"oldPasswordLabel")

        self.passwordsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldPasswordLabel)

        self.oldPasswordEdit = QLineEdit(ChangePasswordForm)
        self.oldPasswordEdit.setObjectName(u"oldPasswordEdit")
        self.oldPasswordEdit.setMaxLength(128)
        self.oldPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldPasswordEdit)

        self.newPasswordLabel = QLabel(ChangePasswordForm)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.passwordsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPasswordLabel)

        self.newPasswordEdit = QLineEdit(ChangePasswordForm)
        self.newPasswordEdit.setObjectName(u"newPasswordEdit")
        self.newPasswordEdit.setMaxLength(128)
        self.newPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPasswordEdit)

        self.repeatPasswordLabel = QLabel(ChangePasswordForm)
        self.repeatPasswordLabel.setObjectName(u"repeatPasswordLabel")

        self.passwordsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatPasswordLabel)

        self.repeatPasswordEdit = QLineEdit(ChangePasswordForm)
        self.repeatPasswordEdit.setObjectName(u"repeatPasswordEdit")
        self.repeatPasswordEdit.setMaxLength(128)
        self.repeatPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatPasswordEdit)


        self.changeLayout.addLayout(self.passwordsLayout)

        self.messageLabel = QLabel(ChangePasswordForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #b00020;")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.changeLayout.addWidget(self.messageLabel)

        self.changePasswordButton = QPushButton(ChangePasswordForm)
        self.changePasswordButton.setObjectName(u"changePasswordButton")

        self.changeLayout.addWidget(self.changePasswordButton)

#if QT_CONFIG(shortcut)
        self.oldPasswordLabel.setBuddy(self.oldPasswordEdit)
        self.newPasswordLabel.setBuddy(self.newPasswordEdit)
        self.repeatPasswordLabel.setBuddy(self.repeatPasswordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oldPasswordEdit, self.newPasswordEdit)
        QWidget.setTabOrder(self.newPasswordEdit, self.repeatPasswordEdit)
        QWidget.setTabOrder(self.repeatPasswordEdit, self.changePasswordButton)

        self.retranslateUi(ChangePasswordForm)

        self.changePasswordButton.setDefault(True)


        QMetaObject.connectSlotsByName(ChangePasswordForm)
    # setupUi

    def retranslateUi(self, ChangePasswordForm):
        self.oldPasswordLabel.setText(QCoreApplication.translate("ChangePasswordForm", u"\u539f\u5bc6\u7801", None))
        self.newPasswordLabel.setText(QCoreApplication.translate("ChangePasswordForm", u"\u65b0\u5bc6\u7801", None))
        self.repeatPasswordLabel.setText(QCoreApplication.translate("ChangePasswordForm", u"\u518d\u6b21\u8f93\u5165", None))
        self.changePasswordButton.setText(QCoreApplication.translate("ChangePasswordForm", u"\u4fee\u6539\u5bc6\u7801", None))
        pass
    # retranslateUi

