# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_UsersPage(object):
    def setupUi(self, UsersPage):
        if not UsersPage.objectName():
            UsersPage.setObjectName(u"UsersPage")
        self.mainLayout = QVBoxLayout(UsersPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(UsersPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.passwordButton = QPushButton(UsersPage)
        self.passwordButton.setObjectName(u"passwordButton")

        self.buttonLayout.addWidget(self.passwordButton)

        self.disableButton = QPushButton(UsersPage)
        self.disableButton.setObjectName(u"disableButton")

        self.buttonLayout.addWidget(self.disableButton)

        self.enableButton = QPushButton(UsersPage)
        self.enableButton.setObjectName(u"enableButton")

        self.buttonLayout.addWidget(self.enableButton)

        self.unlockButton = QPushButton(UsersPage)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonLayout.addWidget(self.unlockButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.refreshButton = QPushButton(UsersPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.messageLabel = QLabel(UsersPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)

        self.mainLayout.addWidget(self.messageLabel)

        self.usersTable = QTableView(UsersPage)
        self.usersTable.setObjectName(u"usersTable")

        self.mainLayout.addWidget(self.usersTable)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(UsersPage)

        QMetaObject.connectSlotsByName(UsersPage)
    # setupUi

    def retranslateUi(self, UsersPage):
        self.addButton.setText(QCoreApplication.translate("UsersPage", u"\u65b0\u5efa\u8d26\u6237", None))
        self.passwordButton.setText(QCoreApplication.translate("UsersPage", u"\u91cd\u8bbe\u5bc6\u7801", None))
        self.disableButton.setText(QCoreApplication.translate("UsersPage", u"\u505c\u7528", None))
        self.enableButton.setText(QCoreApplication.translate("UsersPage", u"\u542f\u7528", None))
        self.unlockButton.setText(QCoreApplication.translate("UsersPage", u"\u89e3\u9664\u9501\u5b9a", None))
        self.refreshButton.setText(QCoreApplication.translate("UsersPage", u"\u5237\u65b0", None))
        pass
    # retranslateUi

