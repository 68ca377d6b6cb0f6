# Generated from ui/vote_panel.ui by packaging/compile_ui.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vote_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_VotePanel(object):
    def setupUi(self, VotePanel):
        if not VotePanel.objectName():
            VotePanel.setObjectName(u"VotePanel")
        VotePanel.resize(720, 640)
        self.panelLayout = QVBoxLayout(VotePanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(4, 4, 4, 4)
        self.boardLabel = QLabel(VotePanel)
        self.boardLabel.setObjectName(u"boardLabel")
        self.boardLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.panelLayout.addWidget(self.boardLabel)

        self.votersLabel = QLabel(VotePanel)
        self.votersLabel.setObjectName(u"votersLabel")
        self.votersLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.panelLayout.addWidget(self.votersLabel)

        self.readOnlyLabel = QLabel(VotePanel)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.panelLayout.addWidget(self.readOnlyLabel)

        self.ownBox = QGroupBox(VotePanel)
        self.ownBox.setObjectName(u"ownBox")
        self.ownLayout = QVBoxLayout(self.ownBox)
        self.ownLayout.setObjectName(u"ownLayout")
        self.outcomeLayout = QHBoxLayout()
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.outcomeCaption = QLabel(self.ownBox)
        self.outcomeCaption.setObjectName(u"outcomeCaption")

        self.outcomeLayout.addWidget(self.outcomeCaption)

        self.favorBuyerRadio = QRadioButton(self.ownBox)
        self.favorBuyerRadio.setObjectName(u"favorBuyerRadio")

        self.outcomeLayout.addWidget(self.favorBuyerRadio)

        self.favorSellerRadio = QRadioButton(self.ownBox)
        self.favorSellerRadio.setObjectName(u"favorSellerRadio")

        self.outcomeLayout.addWidget(self.favorSellerRadio)

        self.splitRadio = QRadioButton(self.ownBox)
        self.splitRadio.setObjectName(u"splitRadio")

        self.outcomeLayout.addWidget(self.splitRadio)

        self.outcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcomeLayout.addItem(self.outcomeSpacer)


        self.ownLayout.addLayout(self.outcomeLayout)

        self.awardLayout = QHBoxLayout()
        self.awardLayout.setObjectName(u"awardLayout")
        self.awardCaption = QLabel(self.ownBox)
        self.awardCaption.setObjectName(u"awardCaption")

        self.awardLayout.addWidget(self.awardCaption)

        self.awardEdit = QLineEdit(self.ownBox)
        self.awardEdit.setObjectName(u"awardEdit")
        self.awardEdit.setMaximumWidth(140)

        self.awardLayout.addWidget(self.awardEdit)

        self.currencyLabel = QLabel(self.ownBox)
        self.currencyLabel.setObjectName(u"currencyLabel")
        self.currencyLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.awardLayout.addWidget(self.currencyLabel)

        self.awardSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.awardLayout.addItem(self.awardSpacer)


        self.ownLayout.addLayout(self.awardLayout)

        self.claimedLabel = QLabel(self.ownBox)
        self.claimedLabel.setObjectName(u"claimedLabel")
        self.claimedLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.claimedLabel.setWordWrap(True)

        self.ownLayout.addWidget(self.claimedLabel)

        self.rationaleCaption = QLabel(self.ownBox)
        self.rationaleCaption.setObjectName(u"rationaleCaption")

        self.ownLayout.addWidget(self.rationaleCaption)

        self.rationaleEdit = QPlainTextEdit(self.ownBox)
        self.rationaleEdit.setObjectName(u"rationaleEdit")
        self.rationaleEdit.setTabChangesFocus(True)
        self.rationaleEdit.setMinimumHeight(90)

        self.ownLayout.addWidget(self.rationaleEdit)

        self.stateLayout = QHBoxLayout()
        self.stateLayout.setObjectName(u"stateLayout")
        self.problemLabel = QLabel(self.ownBox)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemLabel.setWordWrap(True)

        self.stateLayout.addWidget(self.problemLabel)

        self.stateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stateLayout.addItem(self.stateSpacer)

        self.counterLabel = QLabel(self.ownBox)
        self.counterLabel.setObjectName(u"counterLabel")
        self.counterLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.stateLayout.addWidget(self.counterLabel)


        self.ownLayout.addLayout(self.stateLayout)

        self.castLayout = QHBoxLayout()
        self.castLayout.setObjectName(u"castLayout")
        self.draftLabel = QLabel(self.ownBox)
        self.draftLabel.setObjectName(u"draftLabel")
        self.draftLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.draftLabel.setWordWrap(True)

        self.castLayout.addWidget(self.draftLabel)

        self.castButton = QPushButton(self.ownBox)
        self.castButton.setObjectName(u"castButton")
        self.castButton.setEnabled(False)

        self.castLayout.addWidget(self.castButton)

        self.castLayout.setStretch(0, 1)

        self.ownLayout.addLayout(self.castLayout)

        self.confirmBar = QFrame(self.ownBox)
        self.confirmBar.setObjectName(u"confirmBar")
        self.confirmBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirmLayout = QHBoxLayout(self.confirmBar)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.confirmLabel = QLabel(self.confirmBar)
        self.confirmLabel.setObjectName(u"confirmLabel")
        self.confirmLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.confirmLabel.setWordWrap(True)

        self.confirmLayout.addWidget(self.confirmLabel)

        self.confirmButton = QPushButton(self.confirmBar)
        self.confirmButton.setObjectName(u"confirmButton")

        self.confirmLayout.addWidget(self.confirmButton)

        self.cancelButton = QPushButton(self.confirmBar)
        self.cancelButton.setObjectName(u"cancelButton")

        self.confirmLayout.addWidget(self.cancelButton)


        self.ownLayout.addWidget(self.confirmBar)


        self.panelLayout.addWidget(self.ownBox)

        self.boardArea = QWidget(VotePanel)
        self.boardArea.setObjectName(u"boardArea")

        self.panelLayout.addWidget(self.boardArea)

#if QT_CONFIG(shortcut)
        self.awardCaption.setBuddy(self.awardEdit)
        self.rationaleCaption.setBuddy(self.rationaleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VotePanel)
    # setupUi

    def retranslateUi(self, VotePanel):
#if QT_CONFIG(accessibility)
        VotePanel.setAccessibleName(QCoreApplication.translate("VotePanel", u"Vote", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.boardLabel.setAccessibleName(QCoreApplication.translate("VotePanel", u"Vote board status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.votersLabel.setAccessibleName(QCoreApplication.translate("VotePanel", u"Who has voted", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.readOnlyLabel.setAccessibleName(QCoreApplication.translate("VotePanel", u"Why voting is closed", None))
#endif // QT_CONFIG(accessibility)
        self.ownBox.setTitle(QCoreApplication.translate("VotePanel", u"Your vote", None))
#if QT_CONFIG(accessibility)
        self.ownBox.setAccessibleName(QCoreApplication.translate("VotePanel", u"Your vote", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeCaption.setText(QCoreApplication.translate("VotePanel", u"Outcome:", None))
        self.favorBuyerRadio.setText(QCoreApplication.translate("VotePanel", u"Favor buyer", None))
#if QT_CONFIG(accessibility)
        self.favorBuyerRadio.setAccessibleName(QCoreApplication.translate("VotePanel", u"Outcome: favor buyer", None))
#endif // QT_CONFIG(accessibility)
        self.favorSellerRadio.setText(QCoreApplication.translate("VotePanel", u"Favor seller", None))
#if QT_CONFIG(accessibility)
        self.favorSellerRadio.setAccessibleName(QCoreApplication.translate("VotePanel", u"Outcome: favor seller", None))
#endif // QT_CONFIG(accessibility)
        self.splitRadio.setText(QCoreApplication.translate("VotePanel", u"Split", None))
#if QT_CONFIG(accessibility)
        self.splitRadio.setAccessibleName(QCoreApplication.translate("VotePanel", u"Outcome: split", None))
#endif // QT_CONFIG(accessibility)
        self.awardCaption.setText(QCoreApplication.translate("VotePanel", u"Award to the buyer:", None))
        self.awardEdit.setPlaceholderText(QCoreApplication.translate("VotePanel", u"0.00", None))
#if QT_CONFIG(accessibility)
        self.awardEdit.setAccessibleName(QCoreApplication.translate("VotePanel", u"Award amount", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.currencyLabel.setAccessibleName(QCoreApplication.translate("VotePanel", u"Award currency", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.claimedLabel.setAccessibleName(QCoreApplication.translate("VotePanel", u"Amount claimed", None))
#endif // QT_CONFIG(accessibility)
        self.rationaleCaption.setText(QCoreApplication.translate("VotePanel", u"Rationale (required, plain text):", None))
#if QT_CONFIG(accessibility)
        self.rationaleEdit.setAccessibleName(QCoreApplication.translate("VotePanel", u"Rationale", None))
#endif // QT_CONFIG(accessibility)
        self.rationaleEdit.setPlaceholderText(QCoreApplication.translate("VotePanel", u"Why you decide this way: the facts, the evidence and the rules you rely on.", None))
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("VotePanel", u"What the vote still needs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.counterLabel.setAccessibleName(QCoreApplication.translate("VotePanel", u"Rationale length", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.draftLabel.setAccessibleName(QCoreApplication.translate("VotePanel", u"Draft state", None))
#endif // QT_CONFIG(accessibility)
        self.castButton.setText(QCoreApplication.translate("VotePanel", u"Cast vote\u2026", None))
#if QT_CONFIG(accessibility)
        self.castButton.setAccessibleName(QCoreApplication.translate("VotePanel", u"Cast vote", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confirmBar.setAccessibleName(QCoreApplication.translate("VotePanel", u"Confirm casting the vote", None))
#endif // QT_CONFIG(accessibility)
        self.confirmButton.setText(QCoreApplication.translate("VotePanel", u"Cast vote", None))
#if QT_CONFIG(accessibility)
        self.confirmButton.setAccessibleName(QCoreApplication.translate("VotePanel", u"Confirm: cast vote", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("VotePanel", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("VotePanel", u"Do not cast the vote", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.boardArea.setAccessibleName(QCoreApplication.translate("VotePanel", u"Votes of the panel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

