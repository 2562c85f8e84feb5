# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'correct_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QWidget)

class Ui_CorrectPanel(object):
    def setupUi(self, CorrectPanel):
        if not CorrectPanel.objectName():
            CorrectPanel.setObjectName(u"CorrectPanel")
        self.form = QFormLayout(CorrectPanel)
        self.form.setObjectName(u"form")
        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.kindLabel = QLabel(CorrectPanel)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fieldsGrid.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(CorrectPanel)
        self.kindCombo.setObjectName(u"kindCombo")

        self.fieldsGrid.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.schemeLabel = QLabel(CorrectPanel)
        self.schemeLabel.setObjectName(u"schemeLabel")

        self.fieldsGrid.addWidget(self.schemeLabel, 0, 2, 1, 1)

        self.schemeCombo = QComboBox(CorrectPanel)
        self.schemeCombo.setObjectName(u"schemeCombo")

        self.fieldsGrid.addWidget(self.schemeCombo, 0, 3, 1, 1)

        self.insuredNameLabel = QLabel(CorrectPanel)
        self.insuredNameLabel.setObjectName(u"insuredNameLabel")

        self.fieldsGrid.addWidget(self.insuredNameLabel, 1, 0, 1, 1)

        self.insuredNameEdit = QLineEdit(CorrectPanel)
        self.insuredNameEdit.setObjectName(u"insuredNameEdit")

        self.fieldsGrid.addWidget(self.insuredNameEdit, 1, 1, 1, 1)

        self.insuredIdNumberLabel = QLabel(CorrectPanel)
        self.insuredIdNumberLabel.setObjectName(u"insuredIdNumberLabel")

        self.fieldsGrid.addWidget(self.insuredIdNumberLabel, 1, 2, 1, 1)

        self.insuredIdNumberEdit = QLineEdit(CorrectPanel)
        self.insuredIdNumberEdit.setObjectName(u"insuredIdNumberEdit")

        self.fieldsGrid.addWidget(self.insuredIdNumberEdit, 1, 3, 1, 1)

        self.agentNameLabel = QLabel(CorrectPanel)
        self.agentNameLabel.setObjectName(u"agentNameLabel")

        self.fieldsGrid.addWidget(self.agentNameLabel, 2, 0, 1, 1)

        self.agentNameEdit = QLineEdit(CorrectPanel)
        self.agentNameEdit.setObjectName(u"agentNameEdit")

        self.fieldsGrid.addWidget(self.agentNameEdit, 2, 1, 1, 1)

        self.agentIdNumberLabel = QLabel(CorrectPanel)
        self.agentIdNumberLabel.setObjectName(u"agentIdNumberLabel")

        self.fieldsGrid.addWidget(self.agentIdNumberLabel, 2, 2, 1, 1)

        self.agentIdNumberEdit = QLineEdit(CorrectPanel)
        self.agentIdNumberEdit.setObjectName(u"agentIdNumberEdit")

        self.fieldsGrid.addWidget(self.agentIdNumberEdit, 2, 3, 1, 1)

        self.agentPhoneLabel = QLabel(CorrectPanel)
        self.agentPhoneLabel.setObjectName(u"agentPhoneLabel")

        self.fieldsGrid.addWidget(self.agentPhoneLabel, 3, 0, 1, 1)

        self.agentPhoneEdit = QLineEdit(CorrectPanel)
        self.agentPhoneEdit.setObjectName(u"agentPhoneEdit")

        self.fieldsGrid.addWidget(self.agentPhoneEdit, 3, 1, 1, 1)

        self.agentRelationLabel = QLabel(CorrectPanel)
        self.agentRelationLabel.setObjectName(u"agentRelationLabel")

        self.fieldsGrid.addWidget(self.agentRelationLabel, 3, 2, 1, 1)

        self.agentRelationCombo = QComboBox(CorrectPanel)
        self.agentRelationCombo.setObjectName(u"agentRelationCombo")

        self.fieldsGrid.addWidget(self.agentRelationCombo, 3, 3, 1, 1)

        self.collectorNameLabel = QLabel(CorrectPanel)
        self.collectorNameLabel.setObjectName(u"collectorNameLabel")

        self.fieldsGrid.addWidget(self.collectorNameLabel, 4, 0, 1, 1)

        self.collectorNameEdit = QLineEdit(CorrectPanel)
        self.collectorNameEdit.setObjectName(u"collectorNameEdit")

        self.fieldsGrid.addWidget(self.collectorNameEdit, 4, 1, 1, 1)

        self.fieldsGrid.setColumnStretch(1, 1)
        self.fieldsGrid.setColumnStretch(3, 1)

        self.form.setLayout(0, QFormLayout.ItemRole.SpanningRole, self.fieldsGrid)

        self.correctReasonLabel = QLabel(CorrectPanel)
        self.correctReasonLabel.setObjectName(u"correctReasonLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.correctReasonLabel)

        self.correctReasonEdit = QLineEdit(CorrectPanel)
        self.correctReasonEdit.setObjectName(u"correctReasonEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.correctReasonEdit)

        self.correctButtons = QHBoxLayout()
        self.correctButtons.setObjectName(u"correctButtons")
        self.correctConfirm = QPushButton(CorrectPanel)
        self.correctConfirm.setObjectName(u"correctConfirm")
        self.correctConfirm.setProperty(u"class", u"primary")
        self.correctConfirm.setEnabled(False)
        self.correctConfirm.setAutoDefault(False)

        self.correctButtons.addWidget(self.correctConfirm)

        self.correctBack = QPushButton(CorrectPanel)
        self.correctBack.setObjectName(u"correctBack")
        self.correctBack.setProperty(u"class", u"secondary")
        self.correctBack.setAutoDefault(False)

        self.correctButtons.addWidget(self.correctBack)

        self.correctButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.correctButtons.addItem(self.correctButtonSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.correctButtons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.schemeLabel.setBuddy(self.schemeCombo)
        self.insuredNameLabel.setBuddy(self.insuredNameEdit)
        self.insuredIdNumberLabel.setBuddy(self.insuredIdNumberEdit)
        self.agentNameLabel.setBuddy(self.agentNameEdit)
        self.agentIdNumberLabel.setBuddy(self.agentIdNumberEdit)
        self.agentPhoneLabel.setBuddy(self.agentPhoneEdit)
        self.agentRelationLabel.setBuddy(self.agentRelationCombo)
        self.collectorNameLabel.setBuddy(self.collectorNameEdit)
        self.correctReasonLabel.setBuddy(self.correctReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.schemeCombo)
        QWidget.setTabOrder(self.schemeCombo, self.insuredNameEdit)
        QWidget.setTabOrder(self.insuredNameEdit, self.insuredIdNumberEdit)
        QWidget.setTabOrder(self.insuredIdNumberEdit, self.agentNameEdit)
        QWidget.setTabOrder(self.agentNameEdit, self.agentIdNumberEdit)
        QWidget.setTabOrder(self.agentIdNumberEdit, self.agentPhoneEdit)
        QWidget.setTabOrder(self.agentPhoneEdit, self.agentRelationCombo)
        QWidget.setTabOrder(self.agentRelationCombo, self.collectorNameEdit)
        QWidget.setTabOrder(self.collectorNameEdit, self.correctReasonEdit)
        QWidget.setTabOrder(self.correctReasonEdit, self.correctConfirm)
        QWidget.setTabOrder(self.correctConfirm, self.correctBack)

        self.retranslateUi(CorrectPanel)

        QMetaObject.connectSlotsByName(CorrectPanel)
    # setupUi

    def retranslateUi(self, CorrectPanel):
        CorrectPanel.setTitle(QCoreApplication.translate("CorrectPanel", u"\u66f4\u6b63\u4e1a\u52a1\uff08\u7559\u7a7a\u7684\u53f7\u7801\u4e0d\u4fee\u6539\uff09", None))
        self.kindLabel.setText(QCoreApplication.translate("CorrectPanel", u"\u4e1a\u52a1\u7c7b\u578b", None))
        self.schemeLabel.setText(QCoreApplication.translate("CorrectPanel", u"\u9669\u79cd", None))
        self.insuredNameLabel.setText(QCoreApplication.translate("CorrectPanel", u"\u53c2\u4fdd\u4eba\u59d3\u540d", None))
        self.insuredIdNumberLabel.setText(QCoreApplication.translate("CorrectPanel", u"\u53c2\u4fdd\u4eba\u8eab\u4efd\u8bc1\u53f7\u7801", None))
        self.agentNameLabel.setText(QCoreApplication.translate("CorrectPanel", u"\u4ee3\u529e\u4eba\u59d3\u540d", None))
        self.agentIdNumberLabel.setText(QCoreApplication.translate("CorrectPanel", u"\u4ee3\u529e\u4eba\u8eab\u4efd\u8bc1\u53f7\u7801", None))
        self.agentPhoneLabel.setText(QCoreApplication.translate("CorrectPanel", u"\u4ee3\u529e\u4eba\u7535\u8bdd", None))
        self.agentRelationLabel.setText(QCoreApplication.translate("CorrectPanel", u"\u4ee3\u529e\u4eba\u5173\u7cfb", None))
        self.collectorNameLabel.setText(QCoreApplication.translate("CorrectPanel", u"\u9886\u5361\u4eba\u59d3\u540d", None))
        self.correctReasonLabel.setText(QCoreApplication.translate("CorrectPanel", u"\u66f4\u6b63\u539f\u56e0", None))
        self.correctReasonEdit.setPlaceholderText(QCoreApplication.translate("CorrectPanel", u"\u5fc5\u586b\uff0c\u4f8b\u5982\uff1a\u53d7\u7406\u65f6\u7535\u8bdd\u5f55\u5165\u9519\u8bef", None))
        self.correctConfirm.setText(QCoreApplication.translate("CorrectPanel", u"\u4fdd\u5b58\u66f4\u6b63", None))
        self.correctBack.setText(QCoreApplication.translate("CorrectPanel", u"\u8fd4\u56de", None))
    # retranslateUi

