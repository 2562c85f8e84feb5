# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockScreen(object):
    def setupUi(self, lockScreen):
        if not lockScreen.objectName():
            lockScreen.setObjectName(u"lockScreen")
        lockScreen.setAutoFillBackground(True)
        lockScreen.setStyleSheet(u"QFrame#lockScreen { background: palette(window); }\n"
"QLabel#messageLabel { color: #b00020; }")
        lockScreen.setFrameShape(QFrame.Shape.NoFrame)
        self.outerLayout = QVBoxLayout(lockScreen)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.panel = QWidget(lockScreen)
        self.panel.setObjectName(u"panel")
        self.panel.setMaximumSize(QSize(420, 16777215))
        self.panelLayout = QVBoxLayout(self.panel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.lockTitle = QLabel(self.panel)
        self.lockTitle.setObjectName(u"lockTitle")
        self.lockTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.panelLayout.addWidget(self.lockTitle)

        self.userLabel = QLabel(self.panel)
        self.userLabel.setObjectName(u"userLabel")
        self.userLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.panelLayout.addWidget(self.userLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameLabel = QLabel(self.panel)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.lockUsernameEdit = QLineEdit(self.panel)
        self.lockUsernameEdit.setObjectName(u"lockUsernameEdit")
        self.lockUsernameEdit.setMaxLength(64)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lockUsernameEdit)

        self.passwordLabel = QLabel(self.panel)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.lockPasswordEdit = QLineEdit(self.panel)
        self.lockPasswordEdit.setObjectName(u"lockPasswordEdit")
        self.lockPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lockPasswordEdit)


        self.panelLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(self.panel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.switchUserButton = QPushButton(self.panel)
        self.switchUserButton.setObjectName(u"switchUserButton")

        self.buttonLayout.addWidget(self.switchUserButton)

        self.lockQuitButton = QPushButton(self.panel)
        self.lockQuitButton.setObjectName(u"lockQuitButton")

        self.buttonLayout.addWidget(self.lockQuitButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.unlockButton = QPushButton(self.panel)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonLayout.addWidget(self.unlockButton)


        self.panelLayout.addLayout(self.buttonLayout)


        self.outerLayout.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

        self.outerLayout.setStretch(0, 1)
        self.outerLayout.setStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.lockUsernameEdit)
        self.passwordLabel.setBuddy(self.lockPasswordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lockUsernameEdit, self.lockPasswordEdit)
        QWidget.setTabOrder(self.lockPasswordEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.switchUserButton)
        QWidget.setTabOrder(self.switchUserButton, self.lockQuitButton)

        self.retranslateUi(lockScreen)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(lockScreen)
    # setupUi

    def retranslateUi(self, lockScreen):
        self.lockTitle.setText(QCoreApplication.translate("LockScreen", u"\u7a97\u53e3\u5df2\u9501\u5b9a", None))
        self.usernameLabel.setText(QCoreApplication.translate("LockScreen", u"\u7528\u6237\u540d", None))
        self.passwordLabel.setText(QCoreApplication.translate("LockScreen", u"\u5bc6\u7801", None))
        self.switchUserButton.setText(QCoreApplication.translate("LockScreen", u"\u5207\u6362\u7528\u6237", None))
#if QT_CONFIG(tooltip)
        self.lockQuitButton.setToolTip(QCoreApplication.translate("LockScreen", u"\u8f93\u5165\u5bc6\u7801\u540e\u9000\u51fa\u7a0b\u5e8f", None))
#endif // QT_CONFIG(tooltip)
        self.lockQuitButton.setText(QCoreApplication.translate("LockScreen", u"\u9000\u51fa\u7a0b\u5e8f", None))
        self.unlockButton.setText(QCoreApplication.translate("LockScreen", u"\u89e3\u9501", None))
        pass
    # retranslateUi

