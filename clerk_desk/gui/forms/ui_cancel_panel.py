# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cancel_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QWidget)

class Ui_CancelPanel(object):
    def setupUi(self, CancelPanel):
        if not CancelPanel.objectName():
            CancelPanel.setObjectName(u"CancelPanel")
        self.form = QFormLayout(CancelPanel)
        self.form.setObjectName(u"form")
        self.cancelWarning = QLabel(CancelPanel)
        self.cancelWarning.setObjectName(u"cancelWarning")
        self.cancelWarning.setProperty(u"class", u"problem")
        self.cancelWarning.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.cancelWarning)

        self.cancelReasonLabel = QLabel(CancelPanel)
        self.cancelReasonLabel.setObjectName(u"cancelReasonLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cancelReasonLabel)

        self.cancelReasonEdit = QLineEdit(CancelPanel)
        self.cancelReasonEdit.setObjectName(u"cancelReasonEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cancelReasonEdit)

        self.cancelButtons = QHBoxLayout()
        self.cancelButtons.setObjectName(u"cancelButtons")
        self.cancelConfirm = QPushButton(CancelPanel)
        self.cancelConfirm.setObjectName(u"cancelConfirm")
        self.cancelConfirm.setProperty(u"class", u"danger")
        self.cancelConfirm.setEnabled(False)
        self.cancelConfirm.setAutoDefault(False)

        self.cancelButtons.addWidget(self.cancelConfirm)

        self.cancelBack = QPushButton(CancelPanel)
        self.cancelBack.setObjectName(u"cancelBack")
        self.cancelBack.setProperty(u"class", u"secondary")
        self.cancelBack.setAutoDefault(False)

        self.cancelButtons.addWidget(self.cancelBack)

        self.cancelButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cancelButtons.addItem(self.cancelButtonSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.cancelButtons)

#if QT_CONFIG(shortcut)
        self.cancelReasonLabel.setBuddy(self.cancelReasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CancelPanel)

        QMetaObject.connectSlotsByName(CancelPanel)
    # setupUi

    def retranslateUi(self, CancelPanel):
        CancelPanel.setTitle(QCoreApplication.translate("CancelPanel", u"\u64a4\u9500\u4e1a\u52a1", None))
        self.cancelReasonLabel.setText(QCoreApplication.translate("CancelPanel", u"\u64a4\u9500\u539f\u56e0", None))
        self.cancelReasonEdit.setPlaceholderText(QCoreApplication.translate("CancelPanel", u"\u5fc5\u586b\uff0c\u4f8b\u5982\uff1a\u53c2\u4fdd\u4eba\u7533\u8bf7\u64a4\u56de", None))
        self.cancelConfirm.setText(QCoreApplication.translate("CancelPanel", u"\u786e\u8ba4\u64a4\u9500", None))
        self.cancelBack.setText(QCoreApplication.translate("CancelPanel", u"\u8fd4\u56de\uff0c\u4e0d\u64a4\u9500", None))
    # retranslateUi

