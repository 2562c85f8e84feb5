# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QFormLayout, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.versionLabelCaption = QLabel(AboutDialog)
        self.versionLabelCaption.setObjectName(u"versionLabelCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionLabelCaption)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionLabel)

        self.schemaLabelCaption = QLabel(AboutDialog)
        self.schemaLabelCaption.setObjectName(u"schemaLabelCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.schemaLabelCaption)

        self.schemaLabel = QLabel(AboutDialog)
        self.schemaLabel.setObjectName(u"schemaLabel")
        self.schemaLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schemaLabel)

        self.databaseLabelCaption = QLabel(AboutDialog)
        self.databaseLabelCaption.setObjectName(u"databaseLabelCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabelCaption)

        self.databaseLabel = QLabel(AboutDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseLabel)

        self.dataDirLabelCaption = QLabel(AboutDialog)
        self.dataDirLabelCaption.setObjectName(u"dataDirLabelCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dataDirLabelCaption)

        self.dataDirLabel = QLabel(AboutDialog)
        self.dataDirLabel.setObjectName(u"dataDirLabel")
        self.dataDirLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dataDirLabel)

        self.logFileLabelCaption = QLabel(AboutDialog)
        self.logFileLabelCaption.setObjectName(u"logFileLabelCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.logFileLabelCaption)

        self.logFileLabel = QLabel(AboutDialog)
        self.logFileLabel.setObjectName(u"logFileLabel")
        self.logFileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.logFileLabel)

        self.runtimeLabelCaption = QLabel(AboutDialog)
        self.runtimeLabelCaption.setObjectName(u"runtimeLabelCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.runtimeLabelCaption)

        self.runtimeLabel = QLabel(AboutDialog)
        self.runtimeLabel.setObjectName(u"runtimeLabel")
        self.runtimeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.runtimeLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.countersCaption = QLabel(AboutDialog)
        self.countersCaption.setObjectName(u"countersCaption")

        self.mainLayout.addWidget(self.countersCaption)

        self.countersTable = QTableView(AboutDialog)
        self.countersTable.setObjectName(u"countersTable")

        self.mainLayout.addWidget(self.countersTable)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"\u5173\u4e8e Clerk Desk", None))
        self.versionLabelCaption.setText(QCoreApplication.translate("AboutDialog", u"\u7248\u672c", None))
        self.schemaLabelCaption.setText(QCoreApplication.translate("AboutDialog", u"\u6570\u636e\u5e93\u7ed3\u6784", None))
        self.databaseLabelCaption.setText(QCoreApplication.translate("AboutDialog", u"\u6570\u636e\u5e93", None))
        self.dataDirLabelCaption.setText(QCoreApplication.translate("AboutDialog", u"\u6570\u636e\u76ee\u5f55", None))
        self.logFileLabelCaption.setText(QCoreApplication.translate("AboutDialog", u"\u65e5\u5fd7\u6587\u4ef6", None))
        self.runtimeLabelCaption.setText(QCoreApplication.translate("AboutDialog", u"\u8fd0\u884c\u73af\u5883", None))
        self.countersCaption.setText(QCoreApplication.translate("AboutDialog", u"\u5404\u7a97\u53e3\u8fd0\u884c\u7684\u7248\u672c\uff08\u6700\u8fd1\u4e00\u6b21\u767b\u5f55\u65f6\uff09", None))
    # retranslateUi

