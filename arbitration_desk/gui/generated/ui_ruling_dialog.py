# Generated from ui/ruling_dialog.ui by packaging/compile_ui.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ruling_dialog.ui'
##
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
from PySide6.QtWidgets import (QApplication, QDialog, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListView,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSplitter, QVBoxLayout, QWidget)

class Ui_RulingDialog(object):
    def setupUi(self, RulingDialog):
        if not RulingDialog.objectName():
            RulingDialog.setObjectName(u"RulingDialog")
        RulingDialog.resize(1180, 680)
        self.dialogLayout = QVBoxLayout(RulingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.caseLabel = QLabel(RulingDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.caseLabel)

        self.blockedLabel = QLabel(RulingDialog)
        self.blockedLabel.setObjectName(u"blockedLabel")
        self.blockedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.blockedLabel)

        self.splitter = QSplitter(RulingDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.formPanel = QWidget(self.splitter)
        self.formPanel.setObjectName(u"formPanel")
        self.formLayout = QVBoxLayout(self.formPanel)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 6, 0)
        self.outcomeBox = QGroupBox(self.formPanel)
        self.outcomeBox.setObjectName(u"outcomeBox")
        self.outcomeLayout = QHBoxLayout(self.outcomeBox)
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.favorBuyerRadio = QRadioButton(self.outcomeBox)
        self.favorBuyerRadio.setObjectName(u"favorBuyerRadio")

        self.outcomeLayout.addWidget(self.favorBuyerRadio)

        self.favorSellerRadio = QRadioButton(self.outcomeBox)
        self.favorSellerRadio.setObjectName(u"favorSellerRadio")

        self.outcomeLayout.addWidget(self.favorSellerRadio)

        self.splitRadio = QRadioButton(self.outcomeBox)
        self.splitRadio.setObjectName(u"splitRadio")

        self.outcomeLayout.addWidget(self.splitRadio)

        self.outcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcomeLayout.addItem(self.outcomeSpacer)


        self.formLayout.addWidget(self.outcomeBox)

        self.awardLayout = QHBoxLayout()
        self.awardLayout.setObjectName(u"awardLayout")
        self.awardCaption = QLabel(self.formPanel)
        self.awardCaption.setObjectName(u"awardCaption")

        self.awardLayout.addWidget(self.awardCaption)

        self.awardEdit = QLineEdit(self.formPanel)
        self.awardEdit.setObjectName(u"awardEdit")
        self.awardEdit.setMaximumWidth(140)

        self.awardLayout.addWidget(self.awardEdit)

        self.currencyLabel = QLabel(self.formPanel)
        self.currencyLabel.setObjectName(u"currencyLabel")
        self.currencyLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.awardLayout.addWidget(self.currencyLabel)

        self.claimedLabel = QLabel(self.formPanel)
        self.claimedLabel.setObjectName(u"claimedLabel")
        self.claimedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.awardLayout.addWidget(self.claimedLabel)

        self.awardSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.awardLayout.addItem(self.awardSpacer)


        self.formLayout.addLayout(self.awardLayout)

        self.problemLabel = QLabel(self.formPanel)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.addWidget(self.problemLabel)

        self.findingsCaption = QLabel(self.formPanel)
        self.findingsCaption.setObjectName(u"findingsCaption")

        self.formLayout.addWidget(self.findingsCaption)

        self.findingsEdit = QPlainTextEdit(self.formPanel)
        self.findingsEdit.setObjectName(u"findingsEdit")
        self.findingsEdit.setTabChangesFocus(True)

        self.formLayout.addWidget(self.findingsEdit)

        self.reasonsCaption = QLabel(self.formPanel)
        self.reasonsCaption.setObjectName(u"reasonsCaption")

        self.formLayout.addWidget(self.reasonsCaption)

        self.reasonsEdit = QPlainTextEdit(self.formPanel)
        self.reasonsEdit.setObjectName(u"reasonsEdit")
        self.reasonsEdit.setTabChangesFocus(True)

        self.formLayout.addWidget(self.reasonsEdit)

        self.reliedCaption = QLabel(self.formPanel)
        self.reliedCaption.setObjectName(u"reliedCaption")

        self.formLayout.addWidget(self.reliedCaption)

        self.reliedList = QListView(self.formPanel)
        self.reliedList.setObjectName(u"reliedList")
        self.reliedList.setUniformItemSizes(True)

        self.formLayout.addWidget(self.reliedList)

        self.stateLabel = QLabel(self.formPanel)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.addWidget(self.stateLabel)

        self.confirmBar = QFrame(self.formPanel)
        self.confirmBar.setObjectName(u"confirmBar")
        self.confirmBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirmLayout = QHBoxLayout(self.confirmBar)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.confirmLabel = QLabel(self.confirmBar)
        self.confirmLabel.setObjectName(u"confirmLabel")
        self.confirmLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.confirmLayout.addWidget(self.confirmLabel)

        self.confirmButton = QPushButton(self.confirmBar)
        self.confirmButton.setObjectName(u"confirmButton")

        self.confirmLayout.addWidget(self.confirmButton)

        self.cancelButton = QPushButton(self.confirmBar)
        self.cancelButton.setObjectName(u"cancelButton")

        self.confirmLayout.addWidget(self.cancelButton)


        self.formLayout.addWidget(self.confirmBar)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.signButton = QPushButton(self.formPanel)
        self.signButton.setObjectName(u"signButton")

        self.buttonLayout.addWidget(self.signButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(self.formPanel)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.formLayout.addLayout(self.buttonLayout)

        self.splitter.addWidget(self.formPanel)
        self.previewHost = QWidget(self.splitter)
        self.previewHost.setObjectName(u"previewHost")
        self.previewLayout = QVBoxLayout(self.previewHost)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.previewHost)

        self.dialogLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.awardCaption.setBuddy(self.awardEdit)
        self.findingsCaption.setBuddy(self.findingsEdit)
        self.reasonsCaption.setBuddy(self.reasonsEdit)
        self.reliedCaption.setBuddy(self.reliedList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RulingDialog)
    # setupUi

    def retranslateUi(self, RulingDialog):
        RulingDialog.setWindowTitle(QCoreApplication.translate("RulingDialog", u"Record the ruling", None))
#if QT_CONFIG(accessibility)
        RulingDialog.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Record the ruling", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseLabel.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Case of the ruling", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.blockedLabel.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Why the ruling cannot be recorded", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.splitter.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Ruling form and preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formPanel.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Ruling form", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeBox.setTitle(QCoreApplication.translate("RulingDialog", u"Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeBox.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.favorBuyerRadio.setText(QCoreApplication.translate("RulingDialog", u"Favor &buyer", None))
#if QT_CONFIG(accessibility)
        self.favorBuyerRadio.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Outcome: favor buyer", None))
#endif // QT_CONFIG(accessibility)
        self.favorSellerRadio.setText(QCoreApplication.translate("RulingDialog", u"Favor s&eller", None))
#if QT_CONFIG(accessibility)
        self.favorSellerRadio.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Outcome: favor seller", None))
#endif // QT_CONFIG(accessibility)
        self.splitRadio.setText(QCoreApplication.translate("RulingDialog", u"S&plit", None))
#if QT_CONFIG(accessibility)
        self.splitRadio.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Outcome: split", None))
#endif // QT_CONFIG(accessibility)
        self.awardCaption.setText(QCoreApplication.translate("RulingDialog", u"&Award to the buyer:", None))
        self.awardEdit.setPlaceholderText(QCoreApplication.translate("RulingDialog", u"0.00", None))
#if QT_CONFIG(accessibility)
        self.awardEdit.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Award amount", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.currencyLabel.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Award currency", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.claimedLabel.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Amount claimed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("RulingDialog", u"What keeps the ruling from being signed", None))
#endif // QT_CONFIG(accessibility)
        self.findingsCaption.setText(QCoreApplication.translate("RulingDialog", u"&Findings of fact (plain text, optional):", None))
#if QT_CONFIG(accessibility)
        self.findingsEdit.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Findings of the ruling", None))
#endif // QT_CONFIG(accessibility)
        self.findingsEdit.setPlaceholderText(QCoreApplication.translate("RulingDialog", u"What the panel found to be the facts; shown as its own section before the reasons.", None))
        self.reasonsCaption.setText(QCoreApplication.translate("RulingDialog", u"&Reasons (plain text):", None))
#if QT_CONFIG(accessibility)
        self.reasonsEdit.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Reasons of the ruling", None))
#endif // QT_CONFIG(accessibility)
        self.reasonsEdit.setPlaceholderText(QCoreApplication.translate("RulingDialog", u"Why the panel decided so, in plain text.", None))
        self.reliedCaption.setText(QCoreApplication.translate("RulingDialog", u"Evidence and chat lines relied &on (from the annotations):", None))
#if QT_CONFIG(accessibility)
        self.reliedList.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Evidence and chat lines relied on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stateLabel.setAccessibleName(QCoreApplication.translate("RulingDialog", u"State of the ruling", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confirmBar.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Confirm signing", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confirmLabel.setAccessibleName(QCoreApplication.translate("RulingDialog", u"What signing does", None))
#endif // QT_CONFIG(accessibility)
        self.confirmButton.setText(QCoreApplication.translate("RulingDialog", u"Sign and fi&le", None))
#if QT_CONFIG(accessibility)
        self.confirmButton.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Confirm: sign and file the ruling", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("RulingDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Do not sign", None))
#endif // QT_CONFIG(accessibility)
        self.signButton.setText(QCoreApplication.translate("RulingDialog", u"&Sign and file\u2026", None))
#if QT_CONFIG(accessibility)
        self.signButton.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Sign and file the ruling", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("RulingDialog", u"&Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Close the ruling dialog", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewHost.setAccessibleName(QCoreApplication.translate("RulingDialog", u"Ruling preview", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

