# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reveal_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QWidget)

class Ui_RevealPanel(object):
    def setupUi(self, RevealPanel):
        if not RevealPanel.objectName():
            RevealPanel.setObjectName(u"RevealPanel")
        self.form = QFormLayout(RevealPanel)
        self.form.setObjectName(u"form")
        self.whoLabel = QLabel(RevealPanel)
        self.whoLabel.setObjectName(u"whoLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.revealWho = QComboBox(RevealPanel)
        self.revealWho.setObjectName(u"revealWho")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.revealWho)

        self.reasonLabel = QLabel(RevealPanel)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.revealReason = QComboBox(RevealPanel)
        self.revealReason.addItem("")
        self.revealReason.addItem("")
        self.revealReason.addItem("")
        self.revealReason.setObjectName(u"revealReason")
        self.revealReason.setEditable(True)
        self.revealReason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.revealReason)

        self.revealButtons = QHBoxLayout()
        self.revealButtons.setObjectName(u"revealButtons")
        self.revealConfirm = QPushButton(RevealPanel)
        self.revealConfirm.setObjectName(u"revealConfirm")
        self.revealConfirm.setProperty(u"class", u"primary")
        self.revealConfirm.setEnabled(False)
        self.revealConfirm.setAutoDefault(False)

        self.revealButtons.addWidget(self.revealConfirm)

        self.revealBack = QPushButton(RevealPanel)
        self.revealBack.setObjectName(u"revealBack")
        self.revealBack.setProperty(u"class", u"secondary")
        self.revealBack.setAutoDefault(False)

        self.revealButtons.addWidget(self.revealBack)

        self.revealButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.revealButtons.addItem(self.revealButtonSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.revealButtons)

#if QT_CONFIG(shortcut)
        self.whoLabel.setBuddy(self.revealWho)
        self.reasonLabel.setBuddy(self.revealReason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RevealPanel)

        QMetaObject.connectSlotsByName(RevealPanel)
    # setupUi

    def retranslateUi(self, RevealPanel):
        RevealPanel.setTitle(QCoreApplication.translate("RevealPanel", u"\u663e\u793a\u5b8c\u6574\u8eab\u4efd\u8bc1\u53f7\u7801\uff08\u5c06\u8bb0\u5165\u5ba1\u8ba1\u65e5\u5fd7\uff09", None))
        self.whoLabel.setText(QCoreApplication.translate("RevealPanel", u"\u53f7\u7801", None))
        self.reasonLabel.setText(QCoreApplication.translate("RevealPanel", u"\u67e5\u770b\u539f\u56e0", None))
        self.revealReason.setItemText(0, QCoreApplication.translate("RevealPanel", u"\u6838\u5bf9\u53c2\u4fdd\u4eba\u8eab\u4efd\u8bc1\u4ef6", None))
        self.revealReason.setItemText(1, QCoreApplication.translate("RevealPanel", u"\u53c2\u4fdd\u4eba\u672c\u4eba\u8981\u6c42", None))
        self.revealReason.setItemText(2, QCoreApplication.translate("RevealPanel", u"\u66f4\u6b63\u4e1a\u52a1\u4fe1\u606f", None))

        self.revealConfirm.setText(QCoreApplication.translate("RevealPanel", u"\u663e\u793a", None))
        self.revealBack.setText(QCoreApplication.translate("RevealPanel", u"\u8fd4\u56de", None))
    # retranslateUi

