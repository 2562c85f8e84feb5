# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_sheet.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QScrollArea, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_RecordSheet(object):
    def setupUi(self, RecordSheet):
        if not RecordSheet.objectName():
            RecordSheet.setObjectName(u"RecordSheet")
        self.sheetLayout = QVBoxLayout(RecordSheet)
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.sheetLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.numberValue = QLabel(RecordSheet)
        self.numberValue.setObjectName(u"numberValue")
        self.numberValue.setText(u"\u2014")
        self.numberValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numberValue.setWordWrap(True)

        self.headerLayout.addWidget(self.numberValue)

        self.statusValue = QLabel(RecordSheet)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"\u2014")
        self.statusValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusValue.setWordWrap(True)

        self.headerLayout.addWidget(self.statusValue)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.loading = QLabel(RecordSheet)
        self.loading.setObjectName(u"loading")

        self.headerLayout.addWidget(self.loading)


        self.sheetLayout.addLayout(self.headerLayout)

        self.scroll = QScrollArea(RecordSheet)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.bodyGrid = QGridLayout(self.body)
        self.bodyGrid.setObjectName(u"bodyGrid")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.applicationBox = QGroupBox(self.body)
        self.applicationBox.setObjectName(u"applicationBox")
        self.applicationBoxForm = QFormLayout(self.applicationBox)
        self.applicationBoxForm.setObjectName(u"applicationBoxForm")
        self.applicationBoxForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindCaption = QLabel(self.applicationBox)
        self.kindCaption.setObjectName(u"kindCaption")

        self.applicationBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindValue = QLabel(self.applicationBox)
        self.kindValue.setObjectName(u"kindValue")
        self.kindValue.setText(u"\u2014")
        self.kindValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kindValue.setWordWrap(True)

        self.applicationBoxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindValue)

        self.schemeCaption = QLabel(self.applicationBox)
        self.schemeCaption.setObjectName(u"schemeCaption")

        self.applicationBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.schemeCaption)

        self.schemeValue = QLabel(self.applicationBox)
        self.schemeValue.setObjectName(u"schemeValue")
        self.schemeValue.setText(u"\u2014")
        self.schemeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.schemeValue.setWordWrap(True)

        self.applicationBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schemeValue)

        self.applicantCaption = QLabel(self.applicationBox)
        self.applicantCaption.setObjectName(u"applicantCaption")

        self.applicationBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.applicantCaption)

        self.applicantValue = QLabel(self.applicationBox)
        self.applicantValue.setObjectName(u"applicantValue")
        self.applicantValue.setText(u"\u2014")
        self.applicantValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.applicantValue.setWordWrap(True)

        self.applicationBoxForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.applicantValue)


        self.leftColumn.addWidget(self.applicationBox)

        self.insuredBox = QGroupBox(self.body)
        self.insuredBox.setObjectName(u"insuredBox")
        self.insuredBoxForm = QFormLayout(self.insuredBox)
        self.insuredBoxForm.setObjectName(u"insuredBoxForm")
        self.insuredBoxForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.insuredNameCaption = QLabel(self.insuredBox)
        self.insuredNameCaption.setObjectName(u"insuredNameCaption")

        self.insuredBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.insuredNameCaption)

        self.insuredNameValue = QLabel(self.insuredBox)
        self.insuredNameValue.setObjectName(u"insuredNameValue")
        self.insuredNameValue.setText(u"\u2014")
        self.insuredNameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.insuredNameValue.setWordWrap(True)

        self.insuredBoxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.insuredNameValue)

        self.insuredIdCaption = QLabel(self.insuredBox)
        self.insuredIdCaption.setObjectName(u"insuredIdCaption")

        self.insuredBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.insuredIdCaption)

        self.insuredIdValue = QLabel(self.insuredBox)
        self.insuredIdValue.setObjectName(u"insuredIdValue")
        self.insuredIdValue.setText(u"\u2014")
        self.insuredIdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.insuredIdValue.setWordWrap(False)
        self.insuredIdValue.setProperty(u"class", u"id")

        self.insuredBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.insuredIdValue)

        self.phoneCaption = QLabel(self.insuredBox)
        self.phoneCaption.setObjectName(u"phoneCaption")

        self.insuredBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneValue = QLabel(self.insuredBox)
        self.phoneValue.setObjectName(u"phoneValue")
        self.phoneValue.setText(u"\u2014")
        self.phoneValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phoneValue.setWordWrap(True)

        self.insuredBoxForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneValue)

        self.addressCaption = QLabel(self.insuredBox)
        self.addressCaption.setObjectName(u"addressCaption")

        self.insuredBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressValue = QLabel(self.insuredBox)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setText(u"\u2014")
        self.addressValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addressValue.setWordWrap(True)

        self.insuredBoxForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressValue)


        self.leftColumn.addWidget(self.insuredBox)

        self.agentBox = QGroupBox(self.body)
        self.agentBox.setObjectName(u"agentBox")
        self.agentBoxForm = QFormLayout(self.agentBox)
        self.agentBoxForm.setObjectName(u"agentBoxForm")
        self.agentBoxForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.agentNameCaption = QLabel(self.agentBox)
        self.agentNameCaption.setObjectName(u"agentNameCaption")

        self.agentBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agentNameCaption)

        self.agentNameValue = QLabel(self.agentBox)
        self.agentNameValue.setObjectName(u"agentNameValue")
        self.agentNameValue.setText(u"\u2014")
        self.agentNameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.agentNameValue.setWordWrap(True)

        self.agentBoxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agentNameValue)

        self.agentIdCaption = QLabel(self.agentBox)
        self.agentIdCaption.setObjectName(u"agentIdCaption")

        self.agentBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agentIdCaption)

        self.agentIdValue = QLabel(self.agentBox)
        self.agentIdValue.setObjectName(u"agentIdValue")
        self.agentIdValue.setText(u"\u2014")
        self.agentIdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.agentIdValue.setWordWrap(False)
        self.agentIdValue.setProperty(u"class", u"id")

        self.agentBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agentIdValue)

        self.agentRelationCaption = QLabel(self.agentBox)
        self.agentRelationCaption.setObjectName(u"agentRelationCaption")

        self.agentBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agentRelationCaption)

        self.agentRelationValue = QLabel(self.agentBox)
        self.agentRelationValue.setObjectName(u"agentRelationValue")
        self.agentRelationValue.setText(u"\u2014")
        self.agentRelationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.agentRelationValue.setWordWrap(True)

        self.agentBoxForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agentRelationValue)

        self.agentPhoneCaption = QLabel(self.agentBox)
        self.agentPhoneCaption.setObjectName(u"agentPhoneCaption")

        self.agentBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.agentPhoneCaption)

        self.agentPhoneValue = QLabel(self.agentBox)
        self.agentPhoneValue.setObjectName(u"agentPhoneValue")
        self.agentPhoneValue.setText(u"\u2014")
        self.agentPhoneValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.agentPhoneValue.setWordWrap(True)

        self.agentBoxForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.agentPhoneValue)

        self.authorizationLetterCaption = QLabel(self.agentBox)
        self.authorizationLetterCaption.setObjectName(u"authorizationLetterCaption")

        self.agentBoxForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.authorizationLetterCaption)

        self.authorizationLetterValue = QLabel(self.agentBox)
        self.authorizationLetterValue.setObjectName(u"authorizationLetterValue")
        self.authorizationLetterValue.setText(u"\u2014")
        self.authorizationLetterValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.authorizationLetterValue.setWordWrap(True)

        self.agentBoxForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.authorizationLetterValue)


        self.leftColumn.addWidget(self.agentBox)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.bodyGrid.addLayout(self.leftColumn, 0, 0, 1, 1)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.progressBox = QGroupBox(self.body)
        self.progressBox.setObjectName(u"progressBox")
        self.progressBoxForm = QFormLayout(self.progressBox)
        self.progressBoxForm.setObjectName(u"progressBoxForm")
        self.progressBoxForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.acceptedCaption = QLabel(self.progressBox)
        self.acceptedCaption.setObjectName(u"acceptedCaption")

        self.progressBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.acceptedCaption)

        self.acceptedValue = QLabel(self.progressBox)
        self.acceptedValue.setObjectName(u"acceptedValue")
        self.acceptedValue.setText(u"\u2014")
        self.acceptedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.acceptedValue.setWordWrap(True)

        self.progressBoxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.acceptedValue)

        self.readyByCaption = QLabel(self.progressBox)
        self.readyByCaption.setObjectName(u"readyByCaption")

        self.progressBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.readyByCaption)

        self.readyByValue = QLabel(self.progressBox)
        self.readyByValue.setObjectName(u"readyByValue")
        self.readyByValue.setText(u"\u2014")
        self.readyByValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readyByValue.setWordWrap(True)

        self.progressBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.readyByValue)

        self.pickupCodeCaption = QLabel(self.progressBox)
        self.pickupCodeCaption.setObjectName(u"pickupCodeCaption")

        self.progressBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pickupCodeCaption)

        self.pickupCodeValue = QLabel(self.progressBox)
        self.pickupCodeValue.setObjectName(u"pickupCodeValue")
        self.pickupCodeValue.setText(u"\u2014")
        self.pickupCodeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pickupCodeValue.setWordWrap(False)
        self.pickupCodeValue.setProperty(u"class", u"id")

        self.progressBoxForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pickupCodeValue)

        self.readyAtCaption = QLabel(self.progressBox)
        self.readyAtCaption.setObjectName(u"readyAtCaption")

        self.progressBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.readyAtCaption)

        self.readyAtValue = QLabel(self.progressBox)
        self.readyAtValue.setObjectName(u"readyAtValue")
        self.readyAtValue.setText(u"\u2014")
        self.readyAtValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readyAtValue.setWordWrap(True)

        self.progressBoxForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.readyAtValue)

        self.collectedCaption = QLabel(self.progressBox)
        self.collectedCaption.setObjectName(u"collectedCaption")

        self.progressBoxForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.collectedCaption)

        self.collectedValue = QLabel(self.progressBox)
        self.collectedValue.setObjectName(u"collectedValue")
        self.collectedValue.setText(u"\u2014")
        self.collectedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.collectedValue.setWordWrap(True)

        self.progressBoxForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.collectedValue)

        self.collectorCaption = QLabel(self.progressBox)
        self.collectorCaption.setObjectName(u"collectorCaption")

        self.progressBoxForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.collectorCaption)

        self.collectorValue = QLabel(self.progressBox)
        self.collectorValue.setObjectName(u"collectorValue")
        self.collectorValue.setText(u"\u2014")
        self.collectorValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.collectorValue.setWordWrap(True)

        self.progressBoxForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.collectorValue)


        self.rightColumn.addWidget(self.progressBox)

        self.documentsBox = QGroupBox(self.body)
        self.documentsBox.setObjectName(u"documentsBox")
        self.documentsGrid = QGridLayout(self.documentsBox)
        self.documentsGrid.setObjectName(u"documentsGrid")
        self.documentsGrid.setColumnStretch(0, 1)

        self.rightColumn.addWidget(self.documentsBox)

        self.cancelBox = QGroupBox(self.body)
        self.cancelBox.setObjectName(u"cancelBox")
        self.cancelBoxForm = QFormLayout(self.cancelBox)
        self.cancelBoxForm.setObjectName(u"cancelBoxForm")
        self.cancelBoxForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.cancelReasonCaption = QLabel(self.cancelBox)
        self.cancelReasonCaption.setObjectName(u"cancelReasonCaption")

        self.cancelBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cancelReasonCaption)

        self.cancelReasonValue = QLabel(self.cancelBox)
        self.cancelReasonValue.setObjectName(u"cancelReasonValue")
        self.cancelReasonValue.setText(u"\u2014")
        self.cancelReasonValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancelReasonValue.setWordWrap(True)

        self.cancelBoxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cancelReasonValue)


        self.rightColumn.addWidget(self.cancelBox)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.bodyGrid.addLayout(self.rightColumn, 0, 1, 1, 1)

        self.correctionsBox = QGroupBox(self.body)
        self.correctionsBox.setObjectName(u"correctionsBox")
        self.correctionsLayout = QVBoxLayout(self.correctionsBox)
        self.correctionsLayout.setObjectName(u"correctionsLayout")
        self.noCorrections = QLabel(self.correctionsBox)
        self.noCorrections.setObjectName(u"noCorrections")
        self.noCorrections.setProperty(u"class", u"hint")

        self.correctionsLayout.addWidget(self.noCorrections)

        self.correctionsTable = QTableView(self.correctionsBox)
        self.correctionsTable.setObjectName(u"correctionsTable")
        self.correctionsTable.setWordWrap(True)

        self.correctionsLayout.addWidget(self.correctionsTable)


        self.bodyGrid.addWidget(self.correctionsBox, 1, 0, 1, 2)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bodyGrid.addItem(self.bottomSpacer, 2, 0, 1, 1)

        self.bodyGrid.setRowStretch(2, 1)
        self.bodyGrid.setColumnStretch(0, 1)
        self.bodyGrid.setColumnStretch(1, 1)
        self.scroll.setWidget(self.body)

        self.sheetLayout.addWidget(self.scroll)

        self.sheetLayout.setStretch(1, 1)

        self.retranslateUi(RecordSheet)

        QMetaObject.connectSlotsByName(RecordSheet)
    # setupUi

    def retranslateUi(self, RecordSheet):
        self.loading.setText(QCoreApplication.translate("RecordSheet", u"\u6b63\u5728\u8bfb\u53d6\u2026", None))
        self.applicationBox.setTitle(QCoreApplication.translate("RecordSheet", u"\u4e1a\u52a1", None))
        self.kindCaption.setText(QCoreApplication.translate("RecordSheet", u"\u4e1a\u52a1\u7c7b\u578b", None))
        self.schemeCaption.setText(QCoreApplication.translate("RecordSheet", u"\u9669\u79cd", None))
        self.applicantCaption.setText(QCoreApplication.translate("RecordSheet", u"\u529e\u7406\u65b9\u5f0f", None))
        self.insuredBox.setTitle(QCoreApplication.translate("RecordSheet", u"\u53c2\u4fdd\u4eba", None))
        self.insuredNameCaption.setText(QCoreApplication.translate("RecordSheet", u"\u59d3\u540d", None))
        self.insuredIdCaption.setText(QCoreApplication.translate("RecordSheet", u"\u8eab\u4efd\u8bc1\u53f7\u7801", None))
        self.phoneCaption.setText(QCoreApplication.translate("RecordSheet", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.addressCaption.setText(QCoreApplication.translate("RecordSheet", u"\u8054\u7cfb\u5730\u5740", None))
        self.agentBox.setTitle(QCoreApplication.translate("RecordSheet", u"\u4ee3\u529e\u4eba", None))
        self.agentNameCaption.setText(QCoreApplication.translate("RecordSheet", u"\u59d3\u540d", None))
        self.agentIdCaption.setText(QCoreApplication.translate("RecordSheet", u"\u8eab\u4efd\u8bc1\u53f7\u7801", None))
        self.agentRelationCaption.setText(QCoreApplication.translate("RecordSheet", u"\u4e0e\u53c2\u4fdd\u4eba\u5173\u7cfb", None))
        self.agentPhoneCaption.setText(QCoreApplication.translate("RecordSheet", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.authorizationLetterCaption.setText(QCoreApplication.translate("RecordSheet", u"\u6388\u6743\u59d4\u6258\u4e66", None))
        self.progressBox.setTitle(QCoreApplication.translate("RecordSheet", u"\u53d7\u7406\u4e0e\u9886\u5361", None))
        self.acceptedCaption.setText(QCoreApplication.translate("RecordSheet", u"\u53d7\u7406", None))
        self.readyByCaption.setText(QCoreApplication.translate("RecordSheet", u"\u5e94\u9886\u5361\u65e5\u671f", None))
        self.pickupCodeCaption.setText(QCoreApplication.translate("RecordSheet", u"\u9886\u5361\u7801", None))
        self.readyAtCaption.setText(QCoreApplication.translate("RecordSheet", u"\u5230\u5361\u65f6\u95f4", None))
        self.collectedCaption.setText(QCoreApplication.translate("RecordSheet", u"\u9886\u5361", None))
        self.collectorCaption.setText(QCoreApplication.translate("RecordSheet", u"\u9886\u5361\u4eba", None))
        self.documentsBox.setTitle(QCoreApplication.translate("RecordSheet", u"\u6750\u6599\u6838\u9a8c", None))
        self.cancelBox.setTitle(QCoreApplication.translate("RecordSheet", u"\u64a4\u9500", None))
        self.cancelReasonCaption.setText(QCoreApplication.translate("RecordSheet", u"\u64a4\u9500\u539f\u56e0", None))
        self.correctionsBox.setTitle(QCoreApplication.translate("RecordSheet", u"\u66f4\u6b63\u8bb0\u5f55", None))
        self.noCorrections.setText(QCoreApplication.translate("RecordSheet", u"\u65e0\u66f4\u6b63", None))
        pass
    # retranslateUi

