# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shortcuts_dialog.ui'
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
    QHeaderView, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_ShortcutsDialog(object):
    def setupUi(self, ShortcutsDialog):
        if not ShortcutsDialog.objectName():
            ShortcutsDialog.setObjectName(u"ShortcutsDialog")
        self.mainLayout = QVBoxLayout(ShortcutsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.shortcutsTable = QTableView(ShortcutsDialog)
        self.shortcutsTable.setObjectName(u"shortcutsTable")

        self.mainLayout.addWidget(self.shortcutsTable)

        self.buttonBox = QDialogButtonBox(ShortcutsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ShortcutsDialog)

        QMetaObject.connectSlotsByName(ShortcutsDialog)
    # setupUi

    def retranslateUi(self, ShortcutsDialog):
        ShortcutsDialog.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", u"\u5feb\u6377\u952e", None))
    # retranslateUi

