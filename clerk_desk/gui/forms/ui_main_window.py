# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QMainWindow, QMenu, QMenuBar, QPushButton,
    QSizePolicy, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.setMinimumSize(QSize(1024, 700))
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionPush = QAction(MainWindow)
        self.actionPush.setObjectName(u"actionPush")
        self.actionPull = QAction(MainWindow)
        self.actionPull.setObjectName(u"actionPull")
        self.actionExportBundle = QAction(MainWindow)
        self.actionExportBundle.setObjectName(u"actionExportBundle")
        self.actionImportBundle = QAction(MainWindow)
        self.actionImportBundle.setObjectName(u"actionImportBundle")
        self.actionShortcuts = QAction(MainWindow)
        self.actionShortcuts.setObjectName(u"actionShortcuts")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.searchLabel = QLabel(self.centralWidget)
        self.searchLabel.setObjectName(u"searchLabel")

        self.topLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.centralWidget)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.topLayout.addWidget(self.searchEdit)

        self.searchButton = QPushButton(self.centralWidget)
        self.searchButton.setObjectName(u"searchButton")

        self.topLayout.addWidget(self.searchButton)


        self.centralLayout.addLayout(self.topLayout)

        self.calendarBanner = QLabel(self.centralWidget)
        self.calendarBanner.setObjectName(u"calendarBanner")
        self.calendarBanner.setWordWrap(True)
        self.calendarBanner.setVisible(False)
        self.calendarBanner.setProperty(u"class", u"banner")

        self.centralLayout.addWidget(self.calendarBanner)

        self.messageBar = QLabel(self.centralWidget)
        self.messageBar.setObjectName(u"messageBar")
        self.messageBar.setWordWrap(True)
        self.messageBar.setVisible(False)
        self.messageBar.setProperty(u"class", u"message")

        self.centralLayout.addWidget(self.messageBar)

        self.pages = QTabWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")
        self.pages.setDocumentMode(True)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuData = QMenu(self.menuBar)
        self.menuData.setObjectName(u"menuData")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.pages)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuData.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuData.addAction(self.actionPush)
        self.menuData.addAction(self.actionPull)
        self.menuData.addSeparator()
        self.menuData.addAction(self.actionExportBundle)
        self.menuData.addAction(self.actionImportBundle)
        self.menuHelp.addAction(self.actionShortcuts)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Clerk Desk", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"\u8bbe\u7f6e(&S)\u2026", None))
        self.actionPush.setText(QCoreApplication.translate("MainWindow", u"\u4e0a\u4f20\u5230\u4e2d\u5fc3\u6570\u636e\u5e93(&U)\u2026", None))
        self.actionPull.setText(QCoreApplication.translate("MainWindow", u"\u4ece\u4e2d\u5fc3\u6570\u636e\u5e93\u4e0b\u8f7d(&D)\u2026", None))
        self.actionExportBundle.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u51fa\u6570\u636e\u5305(&E)\u2026", None))
        self.actionImportBundle.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u5165\u6570\u636e\u5305(&I)\u2026", None))
        self.actionShortcuts.setText(QCoreApplication.translate("MainWindow", u"\u5feb\u6377\u952e(&K)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionShortcuts.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&Q)", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"\u67e5\u8be2 (Ctrl+F)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"\u8eab\u4efd\u8bc1\u53f7\u7801\u3001\u59d3\u540d\u3001\u4e1a\u52a1\u7f16\u53f7\uff0c\u6216\u626b\u63cf\u9886\u5361\u51ed\u6761\u4e8c\u7ef4\u7801", None))
        self.searchButton.setText(QCoreApplication.translate("MainWindow", u"\u67e5\u8be2", None))
        self.calendarBanner.setText("")
        self.messageBar.setText("")
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.menuData.setTitle(QCoreApplication.translate("MainWindow", u"\u6570\u636e(&A)", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
    # retranslateUi

