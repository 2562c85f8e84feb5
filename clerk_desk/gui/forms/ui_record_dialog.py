# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from clerk_desk.gui.record_panels import (CancelPanel, CorrectPanel, RevealPanel)
from clerk_desk.gui.record_sheet import RecordSheet

class Ui_RecordDialog(object):
    def setupUi(self, RecordDialog):
        if not RecordDialog.objectName():
            RecordDialog.setObjectName(u"RecordDialog")
        RecordDialog.resize(980, 760)
        self.dialogLayout = QVBoxLayout(RecordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sheet = RecordSheet(RecordDialog)
        self.sheet.setObjectName(u"sheet")

        self.dialogLayout.addWidget(self.sheet)

        self.panels = QWidget(RecordDialog)
        self.panels.setObjectName(u"panels")
        self.panels.setVisible(False)
        self.panelsLayout = QVBoxLayout(self.panels)
        self.panelsLayout.setObjectName(u"panelsLayout")
        self.panelsLayout.setContentsMargins(0, 0, 0, 0)
        self.revealPanel = RevealPanel(self.panels)
        self.revealPanel.setObjectName(u"revealPanel")

        self.panelsLayout.addWidget(self.revealPanel)

        self.cancelPanel = CancelPanel(self.panels)
        self.cancelPanel.setObjectName(u"cancelPanel")

        self.panelsLayout.addWidget(self.cancelPanel)

        self.correctPanel = CorrectPanel(self.panels)
        self.correctPanel.setObjectName(u"correctPanel")

        self.panelsLayout.addWidget(self.correctPanel)


        self.dialogLayout.addWidget(self.panels)

        self.recordMessage = QLabel(RecordDialog)
        self.recordMessage.setObjectName(u"recordMessage")
        self.recordMessage.setProperty(u"class", u"message")
        self.recordMessage.setWordWrap(True)
        self.recordMessage.setVisible(False)

        self.dialogLayout.addWidget(self.recordMessage)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.revealButton = QPushButton(RecordDialog)
        self.revealButton.setObjectName(u"revealButton")
        self.revealButton.setAutoDefault(False)
        self.revealButton.setVisible(False)

        self.actionsLayout.addWidget(self.revealButton)

        self.handoverButton = QPushButton(RecordDialog)
        self.handoverButton.setObjectName(u"handoverButton")
        self.handoverButton.setAutoDefault(False)
        self.handoverButton.setVisible(False)

        self.actionsLayout.addWidget(self.handoverButton)

        self.reprintButton = QPushButton(RecordDialog)
        self.reprintButton.setObjectName(u"reprintButton")
        self.reprintButton.setAutoDefault(False)
        self.reprintButton.setVisible(False)

        self.actionsLayout.addWidget(self.reprintButton)

        self.correctButton = QPushButton(RecordDialog)
        self.correctButton.setObjectName(u"correctButton")
        self.correctButton.setAutoDefault(False)
        self.correctButton.setVisible(False)

        self.actionsLayout.addWidget(self.correctButton)

        self.cancelButton = QPushButton(RecordDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)
        self.cancelButton.setVisible(False)

        self.actionsLayout.addWidget(self.cancelButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.closeButton = QPushButton(RecordDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.actionsLayout)

        self.dialogLayout.setStretch(0, 1)

        self.retranslateUi(RecordDialog)

        QMetaObject.connectSlotsByName(RecordDialog)
    # setupUi

    def retranslateUi(self, RecordDialog):
        RecordDialog.setWindowTitle(QCoreApplication.translate("RecordDialog", u"\u4e1a\u52a1\u8bb0\u5f55", None))
        self.revealButton.setText(QCoreApplication.translate("RecordDialog", u"\u663e\u793a\u5b8c\u6574\u53f7\u7801 (Ctrl+I)", None))
        self.handoverButton.setText(QCoreApplication.translate("RecordDialog", u"\u53d1\u5361 (F4)", None))
        self.reprintButton.setText(QCoreApplication.translate("RecordDialog", u"\u8865\u6253 (Ctrl+P)", None))
        self.correctButton.setText(QCoreApplication.translate("RecordDialog", u"\u66f4\u6b63 (Ctrl+E)", None))
        self.cancelButton.setText(QCoreApplication.translate("RecordDialog", u"\u64a4\u9500 (Ctrl+Delete)", None))
        self.closeButton.setText(QCoreApplication.translate("RecordDialog", u"\u5173\u95ed (Esc)", None))
    # retranslateUi

