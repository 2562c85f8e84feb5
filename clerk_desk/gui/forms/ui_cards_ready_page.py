# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cards_ready_page.ui'
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

class Ui_CardsReadyPage(object):
    def setupUi(self, CardsReadyPage):
        if not CardsReadyPage.objectName():
            CardsReadyPage.setObjectName(u"CardsReadyPage")
        self.pageLayout = QVBoxLayout(CardsReadyPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.summaryLabel = QLabel(CardsReadyPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.topLayout.addWidget(self.summaryLabel)

        self.selectAllButton = QPushButton(CardsReadyPage)
        self.selectAllButton.setObjectName(u"selectAllButton")

        self.topLayout.addWidget(self.selectAllButton)

        self.markButton = QPushButton(CardsReadyPage)
        self.markButton.setObjectName(u"markButton")
        self.markButton.setEnabled(False)
        self.markButton.setProperty(u"class", u"primary")

        self.topLayout.addWidget(self.markButton)

        self.topLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.topLayout)

        self.hintLabel = QLabel(CardsReadyPage)
        self.hintLabel.setObjectName(u"hintLabel")

        self.pageLayout.addWidget(self.hintLabel)

        self.table = QTableView(CardsReadyPage)
        self.table.setObjectName(u"table")

        self.pageLayout.addWidget(self.table)

        self.pageLayout.setStretch(2, 1)

        self.retranslateUi(CardsReadyPage)

        QMetaObject.connectSlotsByName(CardsReadyPage)
    # setupUi

    def retranslateUi(self, CardsReadyPage):
        self.selectAllButton.setText(QCoreApplication.translate("CardsReadyPage", u"\u5168\u9009 (Ctrl+A)", None))
        self.markButton.setText(QCoreApplication.translate("CardsReadyPage", u"\u767b\u8bb0\u5236\u5361\u5b8c\u6210 (F9)", None))
        self.hintLabel.setText(QCoreApplication.translate("CardsReadyPage", u"\u5355\u51fb\u4e00\u884c\u52fe\u9009\u6216\u53d6\u6d88\uff0cCtrl+A \u5168\u9009\uff1b\u767b\u8bb0\u53ea\u5bf9\u52fe\u9009\u7684\u4e1a\u52a1\u751f\u6548", None))
        pass
    # retranslateUi

