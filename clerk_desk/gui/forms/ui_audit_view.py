# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_AuditView(object):
    def setupUi(self, AuditView):
        if not AuditView.objectName():
            AuditView.setObjectName(u"AuditView")
        self.pageLayout = QVBoxLayout(AuditView)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.dateCheck = QCheckBox(AuditView)
        self.dateCheck.setObjectName(u"dateCheck")

        self.filterLayout.addWidget(self.dateCheck)

        self.fromEdit = QDateEdit(AuditView)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setEnabled(False)
        self.fromEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.fromEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.fromEdit)

        self.dashLabel = QLabel(AuditView)
        self.dashLabel.setObjectName(u"dashLabel")
        self.dashLabel.setText(u"\u2013")

        self.filterLayout.addWidget(self.dashLabel)

        self.toEdit = QDateEdit(AuditView)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setEnabled(False)
        self.toEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.toEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.toEdit)

        self.userLabel = QLabel(AuditView)
        self.userLabel.setObjectName(u"userLabel")

        self.filterLayout.addWidget(self.userLabel)

        self.userCombo = QComboBox(AuditView)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setEditable(True)

        self.filterLayout.addWidget(self.userCombo)

        self.actionLabel = QLabel(AuditView)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterLayout.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(AuditView)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setEditable(True)

        self.filterLayout.addWidget(self.actionCombo)

        self.targetEdit = QLineEdit(AuditView)
        self.targetEdit.setObjectName(u"targetEdit")

        self.filterLayout.addWidget(self.targetEdit)

        self.searchButton = QPushButton(AuditView)
        self.searchButton.setObjectName(u"searchButton")

        self.filterLayout.addWidget(self.searchButton)

        self.clearButton = QPushButton(AuditView)
        self.clearButton.setObjectName(u"clearButton")

        self.filterLayout.addWidget(self.clearButton)

        self.filterLayout.setStretch(5, 1)
        self.filterLayout.setStretch(7, 1)
        self.filterLayout.setStretch(8, 2)

        self.pageLayout.addLayout(self.filterLayout)

        self.messageLabel = QLabel(AuditView)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)
        self.messageLabel.setProperty(u"class", u"problem")

        self.pageLayout.addWidget(self.messageLabel)

        self.table = QTableView(AuditView)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userCombo)
        self.actionLabel.setBuddy(self.actionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateCheck, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.userCombo)
        QWidget.setTabOrder(self.userCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.targetEdit)
        QWidget.setTabOrder(self.targetEdit, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.table)

        self.retranslateUi(AuditView)

        QMetaObject.connectSlotsByName(AuditView)
    # setupUi

    def retranslateUi(self, AuditView):
        self.dateCheck.setText(QCoreApplication.translate("AuditView", u"\u65e5\u671f", None))
        self.userLabel.setText(QCoreApplication.translate("AuditView", u"\u7528\u6237(&U)", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditView", u"\u64cd\u4f5c(&A)", None))
        self.targetEdit.setPlaceholderText(QCoreApplication.translate("AuditView", u"\u4e1a\u52a1\u53f7\u3001\u7528\u6237\u540d\u6216\u8eab\u4efd\u8bc1\u53f7", None))
        self.searchButton.setText(QCoreApplication.translate("AuditView", u"\u67e5\u8be2", None))
        self.clearButton.setText(QCoreApplication.translate("AuditView", u"\u6e05\u9664", None))
        self.messageLabel.setText("")
        pass
    # retranslateUi

