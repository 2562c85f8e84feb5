# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_dialog.ui'
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
    QGridLayout, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SyncDialog(object):
    def setupUi(self, SyncDialog):
        if not SyncDialog.objectName():
            SyncDialog.setObjectName(u"SyncDialog")
        SyncDialog.resize(640, 360)
        self.dialogLayout = QVBoxLayout(SyncDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.urlLayout = QHBoxLayout()
        self.urlLayout.setObjectName(u"urlLayout")
        self.urlLabel = QLabel(SyncDialog)
        self.urlLabel.setObjectName(u"urlLabel")
        self.urlLabel.setWordWrap(True)
        self.urlLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.urlLayout.addWidget(self.urlLabel)

        self.settingsButton = QPushButton(SyncDialog)
        self.settingsButton.setObjectName(u"settingsButton")

        self.urlLayout.addWidget(self.settingsButton)

        self.urlLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.urlLayout)

        self.operationsLayout = QGridLayout()
        self.operationsLayout.setObjectName(u"operationsLayout")
        self.pushButton = QPushButton(SyncDialog)
        self.pushButton.setObjectName(u"pushButton")
        self.pushButton.setMinimumSize(QSize(0, 34))

        self.operationsLayout.addWidget(self.pushButton, 0, 0, 1, 1)

        self.pushHint = QLabel(SyncDialog)
        self.pushHint.setObjectName(u"pushHint")
        self.pushHint.setWordWrap(True)

        self.operationsLayout.addWidget(self.pushHint, 0, 1, 1, 1)

        self.pullButton = QPushButton(SyncDialog)
        self.pullButton.setObjectName(u"pullButton")
        self.pullButton.setMinimumSize(QSize(0, 34))

        self.operationsLayout.addWidget(self.pullButton, 1, 0, 1, 1)

        self.pullHint = QLabel(SyncDialog)
        self.pullHint.setObjectName(u"pullHint")
        self.pullHint.setWordWrap(True)

        self.operationsLayout.addWidget(self.pullHint, 1, 1, 1, 1)

        self.exportButton = QPushButton(SyncDialog)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setMinimumSize(QSize(0, 34))

        self.operationsLayout.addWidget(self.exportButton, 2, 0, 1, 1)

        self.exportHint = QLabel(SyncDialog)
        self.exportHint.setObjectName(u"exportHint")
        self.exportHint.setWordWrap(True)

        self.operationsLayout.addWidget(self.exportHint, 2, 1, 1, 1)

        self.importButton = QPushButton(SyncDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setMinimumSize(QSize(0, 34))

        self.operationsLayout.addWidget(self.importButton, 3, 0, 1, 1)

        self.importHint = QLabel(SyncDialog)
        self.importHint.setObjectName(u"importHint")
        self.importHint.setWordWrap(True)

        self.operationsLayout.addWidget(self.importHint, 3, 1, 1, 1)

        self.operationsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.operationsLayout)

        self.busyLabel = QLabel(SyncDialog)
        self.busyLabel.setObjectName(u"busyLabel")

        self.dialogLayout.addWidget(self.busyLabel)

        self.progress = QProgressBar(SyncDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)

        self.dialogLayout.addWidget(self.progress)

        self.syncResult = QLabel(SyncDialog)
        self.syncResult.setObjectName(u"syncResult")
        self.syncResult.setProperty(u"class", u"message")
        self.syncResult.setWordWrap(True)
        self.syncResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.syncResult.setVisible(False)

        self.dialogLayout.addWidget(self.syncResult)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttons = QDialogButtonBox(SyncDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)

        QWidget.setTabOrder(self.pushButton, self.pullButton)
        QWidget.setTabOrder(self.pullButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.settingsButton)

        self.retranslateUi(SyncDialog)

        QMetaObject.connectSlotsByName(SyncDialog)
    # setupUi

    def retranslateUi(self, SyncDialog):
        SyncDialog.setWindowTitle(QCoreApplication.translate("SyncDialog", u"\u6570\u636e\u540c\u6b65", None))
        self.settingsButton.setText(QCoreApplication.translate("SyncDialog", u"\u6253\u5f00\u8bbe\u7f6e(&S)\u2026", None))
#if QT_CONFIG(tooltip)
        self.pushButton.setToolTip(QCoreApplication.translate("SyncDialog", u"\u628a\u672c\u673a\u7684\u4e1a\u52a1\u8bb0\u5f55\u53d1\u9001\u5230\u4e2d\u5fc3\u6570\u636e\u5e93", None))
#endif // QT_CONFIG(tooltip)
        self.pushButton.setText(QCoreApplication.translate("SyncDialog", u"\u4e0a\u4f20(&U)", None))
        self.pushHint.setText(QCoreApplication.translate("SyncDialog", u"\u628a\u672c\u673a\u7684\u4e1a\u52a1\u8bb0\u5f55\u53d1\u9001\u5230\u4e2d\u5fc3\u6570\u636e\u5e93", None))
#if QT_CONFIG(tooltip)
        self.pullButton.setToolTip(QCoreApplication.translate("SyncDialog", u"\u4ece\u4e2d\u5fc3\u6570\u636e\u5e93\u53d6\u56de\u5176\u4ed6\u7a97\u53e3\u548c\u4e2d\u5fc3\u7684\u8bb0\u5f55\uff08\u5982\u5236\u5361\u5b8c\u6210\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.pullButton.setText(QCoreApplication.translate("SyncDialog", u"\u4e0b\u8f7d(&D)", None))
        self.pullHint.setText(QCoreApplication.translate("SyncDialog", u"\u4ece\u4e2d\u5fc3\u6570\u636e\u5e93\u53d6\u56de\u5176\u4ed6\u7a97\u53e3\u548c\u4e2d\u5fc3\u7684\u8bb0\u5f55\uff08\u5982\u5236\u5361\u5b8c\u6210\uff09", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("SyncDialog", u"\u628a\u672c\u673a\u5168\u90e8\u8bb0\u5f55\u5199\u5165\u4e00\u4e2a\u6570\u636e\u5305\u6587\u4ef6\uff08U \u76d8\u5e26\u5230\u4e2d\u5fc3\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("SyncDialog", u"\u5bfc\u51fa\u6570\u636e\u5305(&E)\u2026", None))
        self.exportHint.setText(QCoreApplication.translate("SyncDialog", u"\u628a\u672c\u673a\u5168\u90e8\u8bb0\u5f55\u5199\u5165\u4e00\u4e2a\u6570\u636e\u5305\u6587\u4ef6\uff08U \u76d8\u5e26\u5230\u4e2d\u5fc3\uff09", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("SyncDialog", u"\u628a\u6570\u636e\u5305\u4e2d\u7684\u8bb0\u5f55\u5408\u5e76\u5230\u672c\u673a\uff08\u91cd\u590d\u5bfc\u5165\u65e0\u5bb3\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("SyncDialog", u"\u5bfc\u5165\u6570\u636e\u5305(&I)\u2026", None))
        self.importHint.setText(QCoreApplication.translate("SyncDialog", u"\u628a\u6570\u636e\u5305\u4e2d\u7684\u8bb0\u5f55\u5408\u5e76\u5230\u672c\u673a\uff08\u91cd\u590d\u5bfc\u5165\u65e0\u5bb3\uff09", None))
    # retranslateUi

