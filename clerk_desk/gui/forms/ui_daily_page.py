# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'daily_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_DailyPage(object):
    def setupUi(self, DailyPage):
        if not DailyPage.objectName():
            DailyPage.setObjectName(u"DailyPage")
        self.pageLayout = QVBoxLayout(DailyPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.dayLayout = QHBoxLayout()
        self.dayLayout.setObjectName(u"dayLayout")
        self.dateLabel = QLabel(DailyPage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.dayLayout.addWidget(self.dateLabel)

        self.dateEdit = QDateEdit(DailyPage)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.dateEdit.setCalendarPopup(True)

        self.dayLayout.addWidget(self.dateEdit)

        self.prevButton = QPushButton(DailyPage)
        self.prevButton.setObjectName(u"prevButton")

        self.dayLayout.addWidget(self.prevButton)

        self.nextButton = QPushButton(DailyPage)
        self.nextButton.setObjectName(u"nextButton")

        self.dayLayout.addWidget(self.nextButton)

        self.todayButton = QPushButton(DailyPage)
        self.todayButton.setObjectName(u"todayButton")

        self.dayLayout.addWidget(self.todayButton)

        self.daySpacer = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.dayLayout.addItem(self.daySpacer)

        self.closedState = QLabel(DailyPage)
        self.closedState.setObjectName(u"closedState")

        self.dayLayout.addWidget(self.closedState)

        self.refreshButton = QPushButton(DailyPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.dayLayout.addWidget(self.refreshButton)

        self.dayLayout.setStretch(6, 1)

        self.pageLayout.addLayout(self.dayLayout)

        self.dailyFigures = QFrame(DailyPage)
        self.dailyFigures.setObjectName(u"dailyFigures")
        self.dailyFigures.setStyleSheet(u"QLabel[class=\"figure\"] { font-size: 22pt; font-weight: bold; }")
        self.figuresLayout = QGridLayout(self.dailyFigures)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figure_accepted = QLabel(self.dailyFigures)
        self.figure_accepted.setObjectName(u"figure_accepted")
        self.figure_accepted.setText(u"\u2013")
        self.figure_accepted.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figure_accepted.setProperty(u"class", u"figure")

        self.figuresLayout.addWidget(self.figure_accepted, 0, 0, 1, 1)

        self.caption_accepted = QLabel(self.dailyFigures)
        self.caption_accepted.setObjectName(u"caption_accepted")
        self.caption_accepted.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.caption_accepted, 1, 0, 1, 1)

        self.figure_slips_issued = QLabel(self.dailyFigures)
        self.figure_slips_issued.setObjectName(u"figure_slips_issued")
        self.figure_slips_issued.setText(u"\u2013")
        self.figure_slips_issued.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figure_slips_issued.setProperty(u"class", u"figure")

        self.figuresLayout.addWidget(self.figure_slips_issued, 0, 1, 1, 1)

        self.caption_slips_issued = QLabel(self.dailyFigures)
        self.caption_slips_issued.setObjectName(u"caption_slips_issued")
        self.caption_slips_issued.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.caption_slips_issued, 1, 1, 1, 1)

        self.figure_cards_ready = QLabel(self.dailyFigures)
        self.figure_cards_ready.setObjectName(u"figure_cards_ready")
        self.figure_cards_ready.setText(u"\u2013")
        self.figure_cards_ready.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figure_cards_ready.setProperty(u"class", u"figure")

        self.figuresLayout.addWidget(self.figure_cards_ready, 0, 2, 1, 1)

        self.caption_cards_ready = QLabel(self.dailyFigures)
        self.caption_cards_ready.setObjectName(u"caption_cards_ready")
        self.caption_cards_ready.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.caption_cards_ready, 1, 2, 1, 1)

        self.figure_cards_collected = QLabel(self.dailyFigures)
        self.figure_cards_collected.setObjectName(u"figure_cards_collected")
        self.figure_cards_collected.setText(u"\u2013")
        self.figure_cards_collected.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figure_cards_collected.setProperty(u"class", u"figure")

        self.figuresLayout.addWidget(self.figure_cards_collected, 0, 3, 1, 1)

        self.caption_cards_collected = QLabel(self.dailyFigures)
        self.caption_cards_collected.setObjectName(u"caption_cards_collected")
        self.caption_cards_collected.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.caption_cards_collected, 1, 3, 1, 1)

        self.figure_returned = QLabel(self.dailyFigures)
        self.figure_returned.setObjectName(u"figure_returned")
        self.figure_returned.setText(u"\u2013")
        self.figure_returned.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figure_returned.setProperty(u"class", u"figure")

        self.figuresLayout.addWidget(self.figure_returned, 0, 4, 1, 1)

        self.caption_returned = QLabel(self.dailyFigures)
        self.caption_returned.setObjectName(u"caption_returned")
        self.caption_returned.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.caption_returned, 1, 4, 1, 1)

        self.figure_cancelled = QLabel(self.dailyFigures)
        self.figure_cancelled.setObjectName(u"figure_cancelled")
        self.figure_cancelled.setText(u"\u2013")
        self.figure_cancelled.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figure_cancelled.setProperty(u"class", u"figure")

        self.figuresLayout.addWidget(self.figure_cancelled, 0, 5, 1, 1)

        self.caption_cancelled = QLabel(self.dailyFigures)
        self.caption_cancelled.setObjectName(u"caption_cancelled")
        self.caption_cancelled.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.caption_cancelled, 1, 5, 1, 1)


        self.pageLayout.addWidget(self.dailyFigures)

        self.extraLabel = QLabel(DailyPage)
        self.extraLabel.setObjectName(u"extraLabel")

        self.pageLayout.addWidget(self.extraLabel)

        self.totalsLayout = QHBoxLayout()
        self.totalsLayout.setObjectName(u"totalsLayout")
        self.box_by_scheme = QGroupBox(DailyPage)
        self.box_by_scheme.setObjectName(u"box_by_scheme")
        self.box_by_scheme.setMaximumSize(QSize(16777215, 190))
        self.layout_by_scheme = QVBoxLayout(self.box_by_scheme)
        self.layout_by_scheme.setObjectName(u"layout_by_scheme")
        self.total_by_scheme = QTableView(self.box_by_scheme)
        self.total_by_scheme.setObjectName(u"total_by_scheme")
        self.total_by_scheme.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.total_by_scheme.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.total_by_scheme.horizontalHeader().setVisible(False)
        self.total_by_scheme.verticalHeader().setVisible(False)

        self.layout_by_scheme.addWidget(self.total_by_scheme)


        self.totalsLayout.addWidget(self.box_by_scheme)

        self.box_by_kind = QGroupBox(DailyPage)
        self.box_by_kind.setObjectName(u"box_by_kind")
        self.box_by_kind.setMaximumSize(QSize(16777215, 190))
        self.layout_by_kind = QVBoxLayout(self.box_by_kind)
        self.layout_by_kind.setObjectName(u"layout_by_kind")
        self.total_by_kind = QTableView(self.box_by_kind)
        self.total_by_kind.setObjectName(u"total_by_kind")
        self.total_by_kind.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.total_by_kind.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.total_by_kind.horizontalHeader().setVisible(False)
        self.total_by_kind.verticalHeader().setVisible(False)

        self.layout_by_kind.addWidget(self.total_by_kind)


        self.totalsLayout.addWidget(self.box_by_kind)

        self.box_by_applicant = QGroupBox(DailyPage)
        self.box_by_applicant.setObjectName(u"box_by_applicant")
        self.box_by_applicant.setMaximumSize(QSize(16777215, 190))
        self.layout_by_applicant = QVBoxLayout(self.box_by_applicant)
        self.layout_by_applicant.setObjectName(u"layout_by_applicant")
        self.total_by_applicant = QTableView(self.box_by_applicant)
        self.total_by_applicant.setObjectName(u"total_by_applicant")
        self.total_by_applicant.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.total_by_applicant.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.total_by_applicant.horizontalHeader().setVisible(False)
        self.total_by_applicant.verticalHeader().setVisible(False)

        self.layout_by_applicant.addWidget(self.total_by_applicant)


        self.totalsLayout.addWidget(self.box_by_applicant)

        self.box_by_clerk = QGroupBox(DailyPage)
        self.box_by_clerk.setObjectName(u"box_by_clerk")
        self.box_by_clerk.setMaximumSize(QSize(16777215, 190))
        self.layout_by_clerk = QVBoxLayout(self.box_by_clerk)
        self.layout_by_clerk.setObjectName(u"layout_by_clerk")
        self.total_by_clerk = QTableView(self.box_by_clerk)
        self.total_by_clerk.setObjectName(u"total_by_clerk")
        self.total_by_clerk.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.total_by_clerk.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.total_by_clerk.horizontalHeader().setVisible(False)
        self.total_by_clerk.verticalHeader().setVisible(False)

        self.layout_by_clerk.addWidget(self.total_by_clerk)


        self.totalsLayout.addWidget(self.box_by_clerk)

        self.box_by_category = QGroupBox(DailyPage)
        self.box_by_category.setObjectName(u"box_by_category")
        self.box_by_category.setMaximumSize(QSize(16777215, 190))
        self.layout_by_category = QVBoxLayout(self.box_by_category)
        self.layout_by_category.setObjectName(u"layout_by_category")
        self.total_by_category = QTableView(self.box_by_category)
        self.total_by_category.setObjectName(u"total_by_category")
        self.total_by_category.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.total_by_category.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.total_by_category.horizontalHeader().setVisible(False)
        self.total_by_category.verticalHeader().setVisible(False)

        self.layout_by_category.addWidget(self.total_by_category)


        self.totalsLayout.addWidget(self.box_by_category)


        self.pageLayout.addLayout(self.totalsLayout)

        self.listLabel = QLabel(DailyPage)
        self.listLabel.setObjectName(u"listLabel")

        self.pageLayout.addWidget(self.listLabel)

        self.dayApplications = QTableView(DailyPage)
        self.dayApplications.setObjectName(u"dayApplications")

        self.pageLayout.addWidget(self.dayApplications)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.previewButton = QPushButton(DailyPage)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setProperty(u"class", u"primary")

        self.actionsLayout.addWidget(self.previewButton)

        self.csvButton = QPushButton(DailyPage)
        self.csvButton.setObjectName(u"csvButton")

        self.actionsLayout.addWidget(self.csvButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.busyLabel = QLabel(DailyPage)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setProperty(u"state", u"busy")

        self.actionsLayout.addWidget(self.busyLabel)

        self.closeDayButton = QPushButton(DailyPage)
        self.closeDayButton.setObjectName(u"closeDayButton")

        self.actionsLayout.addWidget(self.closeDayButton)


        self.pageLayout.addLayout(self.actionsLayout)

        self.pageLayout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.prevButton)
        QWidget.setTabOrder(self.prevButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.dayApplications)
        QWidget.setTabOrder(self.dayApplications, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.csvButton)
        QWidget.setTabOrder(self.csvButton, self.closeDayButton)

        self.retranslateUi(DailyPage)

        QMetaObject.connectSlotsByName(DailyPage)
    # setupUi

    def retranslateUi(self, DailyPage):
        self.dateLabel.setText(QCoreApplication.translate("DailyPage", u"\u4e1a\u52a1\u65e5\u671f(&D)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.dateEdit.setToolTip(QCoreApplication.translate("DailyPage", u"\u2191/\u2193 \u6539\u65e5\u671f\uff0cAlt+\u2193 \u6253\u5f00\u65e5\u5386\uff0cPgUp/PgDn \u524d\u4e00\u5929/\u540e\u4e00\u5929", None))
#endif // QT_CONFIG(tooltip)
        self.prevButton.setText(QCoreApplication.translate("DailyPage", u"\u25c0 \u524d\u4e00\u5929", None))
        self.nextButton.setText(QCoreApplication.translate("DailyPage", u"\u540e\u4e00\u5929 \u25b6", None))
        self.todayButton.setText(QCoreApplication.translate("DailyPage", u"\u4eca\u5929(&T)", None))
        self.refreshButton.setText(QCoreApplication.translate("DailyPage", u"\u5237\u65b0(&R)", None))
        self.caption_accepted.setText(QCoreApplication.translate("DailyPage", u"\u53d7\u7406", None))
        self.caption_slips_issued.setText(QCoreApplication.translate("DailyPage", u"\u53d1\u51fa\u9886\u5361\u51ed\u6761", None))
        self.caption_cards_ready.setText(QCoreApplication.translate("DailyPage", u"\u5236\u5361\u5b8c\u6210", None))
        self.caption_cards_collected.setText(QCoreApplication.translate("DailyPage", u"\u5df2\u9886\u5361", None))
        self.caption_returned.setText(QCoreApplication.translate("DailyPage", u"\u9000\u56de\u8865\u4ef6", None))
        self.caption_cancelled.setText(QCoreApplication.translate("DailyPage", u"\u64a4\u9500", None))
        self.box_by_scheme.setTitle(QCoreApplication.translate("DailyPage", u"\u6309\u9669\u79cd", None))
        self.box_by_kind.setTitle(QCoreApplication.translate("DailyPage", u"\u6309\u4e1a\u52a1\u7c7b\u578b", None))
        self.box_by_applicant.setTitle(QCoreApplication.translate("DailyPage", u"\u6309\u529e\u7406\u65b9\u5f0f", None))
        self.box_by_clerk.setTitle(QCoreApplication.translate("DailyPage", u"\u6309\u7ecf\u529e\u4eba", None))
        self.box_by_category.setTitle(QCoreApplication.translate("DailyPage", u"\u6309\u4eba\u5458\u7c7b\u522b", None))
        self.previewButton.setText(QCoreApplication.translate("DailyPage", u"\u9884\u89c8/\u6253\u5370\u65e5\u62a5(&P)", None))
        self.csvButton.setText(QCoreApplication.translate("DailyPage", u"\u5bfc\u51faCSV(&E)\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeDayButton.setToolTip(QCoreApplication.translate("DailyPage", u"\u65e5\u7ed3\u540e\uff0c\u5f53\u5929\u7684\u4e1a\u52a1\u53ea\u80fd\u901a\u8fc7\u66f4\u6b63\u8bb0\u5f55\u4fee\u6539", None))
#endif // QT_CONFIG(tooltip)
        self.closeDayButton.setText(QCoreApplication.translate("DailyPage", u"\u65e5\u7ed3(&C)\u2026", None))
        pass
    # retranslateUi

