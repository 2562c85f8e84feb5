# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_page.ui'
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
    QLineEdit, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_SearchPage(object):
    def setupUi(self, SearchPage):
        if not SearchPage.objectName():
            SearchPage.setObjectName(u"SearchPage")
        self.pageLayout = QVBoxLayout(SearchPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.searchLabel = QLabel(SearchPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.topLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(SearchPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.topLayout.addWidget(self.searchEdit)

        self.summaryLabel = QLabel(SearchPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.topLayout.addWidget(self.summaryLabel)

        self.topLayout.setStretch(1, 2)
        self.topLayout.setStretch(2, 1)

        self.pageLayout.addLayout(self.topLayout)

        self.table = QTableView(SearchPage)
        self.table.setObjectName(u"table")

        self.pageLayout.addWidget(self.table)

        self.pageLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SearchPage)

        QMetaObject.connectSlotsByName(SearchPage)
    # setupUi

    def retranslateUi(self, SearchPage):
        self.searchLabel.setText(QCoreApplication.translate("SearchPage", u"\u67e5\u627e(&S)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SearchPage", u"\u8eab\u4efd\u8bc1\u53f7\u3001\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u3001\u4e1a\u52a1\u7f16\u53f7\u6216\u9886\u5361\u7801\uff0c\u8fb9\u8f93\u8fb9\u67e5", None))
        pass
    # retranslateUi

