# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_page.ui'
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
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_TodayPage(object):
    def setupUi(self, TodayPage):
        if not TodayPage.objectName():
            TodayPage.setObjectName(u"TodayPage")
        self.pageLayout = QVBoxLayout(TodayPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.summaryLabel = QLabel(TodayPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.topLayout.addWidget(self.summaryLabel)

        self.refreshButton = QPushButton(TodayPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topLayout.addWidget(self.refreshButton)

        self.topLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.topLayout)

        self.table = QTableView(TodayPage)
        self.table.setObjectName(u"table")

        self.pageLayout.addWidget(self.table)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(TodayPage)

        QMetaObject.connectSlotsByName(TodayPage)
    # setupUi

    def retranslateUi(self, TodayPage):
        self.refreshButton.setText(QCoreApplication.translate("TodayPage", u"\u5237\u65b0", None))
        pass
    # retranslateUi

