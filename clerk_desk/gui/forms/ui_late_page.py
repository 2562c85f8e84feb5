# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'late_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_LatePage(object):
    def setupUi(self, LatePage):
        if not LatePage.objectName():
            LatePage.setObjectName(u"LatePage")
        self.pageLayout = QVBoxLayout(LatePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.summaryLabel = QLabel(LatePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setProperty(u"class", u"banner")

        self.pageLayout.addWidget(self.summaryLabel)

        self.table = QTableView(LatePage)
        self.table.setObjectName(u"table")

        self.pageLayout.addWidget(self.table)

        self.uncollectedLabel = QLabel(LatePage)
        self.uncollectedLabel.setObjectName(u"uncollectedLabel")
        self.uncollectedLabel.setProperty(u"class", u"banner")

        self.pageLayout.addWidget(self.uncollectedLabel)

        self.uncollectedTable = QTableView(LatePage)
        self.uncollectedTable.setObjectName(u"uncollectedTable")

        self.pageLayout.addWidget(self.uncollectedTable)

        self.pageLayout.setStretch(1, 1)
        self.pageLayout.setStretch(3, 1)

        self.retranslateUi(LatePage)

        QMetaObject.connectSlotsByName(LatePage)
    # setupUi

    def retranslateUi(self, LatePage):
        pass
    # retranslateUi

