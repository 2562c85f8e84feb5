# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_preview.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_PreviewDialog(object):
    def setupUi(self, PreviewDialog):
        if not PreviewDialog.objectName():
            PreviewDialog.setObjectName(u"PreviewDialog")
        PreviewDialog.resize(760, 640)
        self.dialogLayout = QVBoxLayout(PreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(PreviewDialog)
        self.tabs.setObjectName(u"tabs")

        self.dialogLayout.addWidget(self.tabs)

        self.note = QLabel(PreviewDialog)
        self.note.setObjectName(u"note")
        self.note.setProperty(u"class", u"message")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.note)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.printButton = QPushButton(PreviewDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setProperty(u"class", u"primary")

        self.buttonLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(PreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(PreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        self.dialogLayout.setStretch(0, 1)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.tabs)

        self.retranslateUi(PreviewDialog)

        self.printButton.setDefault(True)


        QMetaObject.connectSlotsByName(PreviewDialog)
    # setupUi

    def retranslateUi(self, PreviewDialog):
        PreviewDialog.setWindowTitle(QCoreApplication.translate("PreviewDialog", u"\u6253\u5370\u9884\u89c8", None))
        self.printButton.setText(QCoreApplication.translate("PreviewDialog", u"\u6253\u5370", None))
        self.saveButton.setText(QCoreApplication.translate("PreviewDialog", u"\u53e6\u5b58\u4e3a PDF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PreviewDialog", u"\u5173\u95ed", None))
    # retranslateUi

