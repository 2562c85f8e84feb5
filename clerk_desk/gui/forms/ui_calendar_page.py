# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from clerk_desk.gui.year_grid import YearGrid

class Ui_CalendarPage(object):
    def setupUi(self, CalendarPage):
        if not CalendarPage.objectName():
            CalendarPage.setObjectName(u"CalendarPage")
        self.pageLayout = QVBoxLayout(CalendarPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.yearLabel = QLabel(CalendarPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.topLayout.addWidget(self.yearLabel)

        self.calendarYear = QComboBox(CalendarPage)
        self.calendarYear.setObjectName(u"calendarYear")

        self.topLayout.addWidget(self.calendarYear)

        self.calendarSource = QLabel(CalendarPage)
        self.calendarSource.setObjectName(u"calendarSource")
        self.calendarSource.setWordWrap(True)
        self.calendarSource.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.topLayout.addWidget(self.calendarSource)

        self.calendarImport = QPushButton(CalendarPage)
        self.calendarImport.setObjectName(u"calendarImport")

        self.topLayout.addWidget(self.calendarImport)

        self.topLayout.setStretch(2, 1)

        self.pageLayout.addLayout(self.topLayout)

        self.yearGrid = YearGrid(CalendarPage)
        self.yearGrid.setObjectName(u"yearGrid")

        self.pageLayout.addWidget(self.yearGrid)

        self.legendLayout = QHBoxLayout()
        self.legendLayout.setObjectName(u"legendLayout")
        self.legend_holiday = QLabel(CalendarPage)
        self.legend_holiday.setObjectName(u"legend_holiday")

        self.legendLayout.addWidget(self.legend_holiday)

        self.legend_working_weekend = QLabel(CalendarPage)
        self.legend_working_weekend.setObjectName(u"legend_working_weekend")

        self.legendLayout.addWidget(self.legend_working_weekend)

        self.legend_weekend = QLabel(CalendarPage)
        self.legend_weekend.setObjectName(u"legend_weekend")

        self.legendLayout.addWidget(self.legend_weekend)

        self.legend_workday = QLabel(CalendarPage)
        self.legend_workday.setObjectName(u"legend_workday")

        self.legendLayout.addWidget(self.legend_workday)

        self.legendSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.legendLayout.addItem(self.legendSpacer)


        self.pageLayout.addLayout(self.legendLayout)

        self.calendarStatus = QLabel(CalendarPage)
        self.calendarStatus.setObjectName(u"calendarStatus")
        self.calendarStatus.setWordWrap(True)

        self.pageLayout.addWidget(self.calendarStatus)

        self.calendarReport = QListWidget(CalendarPage)
        self.calendarReport.setObjectName(u"calendarReport")
        self.calendarReport.setVisible(False)
        self.calendarReport.setMaximumSize(QSize(16777215, 110))

        self.pageLayout.addWidget(self.calendarReport)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

        self.pageLayout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.calendarYear)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalendarPage)

        QMetaObject.connectSlotsByName(CalendarPage)
    # setupUi

    def retranslateUi(self, CalendarPage):
        self.yearLabel.setText(QCoreApplication.translate("CalendarPage", u"\u5e74\u4efd(&Y)\uff1a", None))
        self.calendarImport.setText(QCoreApplication.translate("CalendarPage", u"\u4ece\u6587\u4ef6\u5bfc\u5165\u2026", None))
        self.legend_holiday.setText(QCoreApplication.translate("CalendarPage", u"\u653e\u5047", None))
        self.legend_working_weekend.setText(QCoreApplication.translate("CalendarPage", u"\u8c03\u4f11\u4e0a\u73ed", None))
        self.legend_weekend.setText(QCoreApplication.translate("CalendarPage", u"\u5468\u672b", None))
        self.legend_workday.setText(QCoreApplication.translate("CalendarPage", u"\u5de5\u4f5c\u65e5", None))
        pass
    # retranslateUi

