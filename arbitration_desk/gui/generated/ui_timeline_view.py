# Generated from ui/timeline_view.ui by packaging/compile_ui.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'timeline_view.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QToolButton,
    QTreeView, QVBoxLayout, QWidget)

class Ui_TimelineView(object):
    def setupUi(self, TimelineView):
        if not TimelineView.objectName():
            TimelineView.setObjectName(u"TimelineView")
        TimelineView.resize(900, 600)
        self.outerLayout = QVBoxLayout(TimelineView)
        self.outerLayout.setSpacing(4)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(6)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.channelCombo = QComboBox(TimelineView)
        self.channelCombo.setObjectName(u"channelCombo")
        self.channelCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolbarLayout.addWidget(self.channelCombo)

        self.newOnAppealCheck = QCheckBox(TimelineView)
        self.newOnAppealCheck.setObjectName(u"newOnAppealCheck")

        self.toolbarLayout.addWidget(self.newOnAppealCheck)

        self.searchEdit = QLineEdit(TimelineView)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumWidth(180)

        self.toolbarLayout.addWidget(self.searchEdit)

        self.hitLabel = QLabel(TimelineView)
        self.hitLabel.setObjectName(u"hitLabel")
        self.hitLabel.setMinimumWidth(70)
        self.hitLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.toolbarLayout.addWidget(self.hitLabel)

        self.prevButton = QToolButton(TimelineView)
        self.prevButton.setObjectName(u"prevButton")
        self.prevButton.setEnabled(False)

        self.toolbarLayout.addWidget(self.prevButton)

        self.nextButton = QToolButton(TimelineView)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setEnabled(False)

        self.toolbarLayout.addWidget(self.nextButton)

        self.toolbarSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.annotateButton = QPushButton(TimelineView)
        self.annotateButton.setObjectName(u"annotateButton")
        self.annotateButton.setEnabled(False)

        self.toolbarLayout.addWidget(self.annotateButton)


        self.outerLayout.addLayout(self.toolbarLayout)

        self.filterBar = QFrame(TimelineView)
        self.filterBar.setObjectName(u"filterBar")
        self.filterBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.filterLayout = QHBoxLayout(self.filterBar)
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setContentsMargins(-1, 2, -1, 2)
        self.filterLabel = QLabel(self.filterBar)
        self.filterLabel.setObjectName(u"filterLabel")
        self.filterLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.filterLayout.addWidget(self.filterLabel)

        self.showAllButton = QPushButton(self.filterBar)
        self.showAllButton.setObjectName(u"showAllButton")

        self.filterLayout.addWidget(self.showAllButton)


        self.outerLayout.addWidget(self.filterBar)

        self.messageList = QTreeView(TimelineView)
        self.messageList.setObjectName(u"messageList")

        self.outerLayout.addWidget(self.messageList)

        self.statusLabel = QLabel(TimelineView)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.outerLayout.addWidget(self.statusLabel)


        self.retranslateUi(TimelineView)
    # setupUi

    def retranslateUi(self, TimelineView):
#if QT_CONFIG(accessibility)
        TimelineView.setAccessibleName(QCoreApplication.translate("TimelineView", u"Chat timeline", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.channelCombo.setToolTip(QCoreApplication.translate("TimelineView", u"Show the messages of one channel only", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("TimelineView", u"Channel filter", None))
#endif // QT_CONFIG(accessibility)
        self.newOnAppealCheck.setText(QCoreApplication.translate("TimelineView", u"New on appeal only", None))
#if QT_CONFIG(tooltip)
        self.newOnAppealCheck.setToolTip(QCoreApplication.translate("TimelineView", u"Show only the messages sent on appeal, after the appeal was filed", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.newOnAppealCheck.setAccessibleName(QCoreApplication.translate("TimelineView", u"New on appeal only", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("TimelineView", u"Search the chat (text and translations)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("TimelineView", u"Search the chat", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hitLabel.setAccessibleName(QCoreApplication.translate("TimelineView", u"Search hits", None))
#endif // QT_CONFIG(accessibility)
        self.prevButton.setText(QCoreApplication.translate("TimelineView", u"\u25b2", None))
#if QT_CONFIG(tooltip)
        self.prevButton.setToolTip(QCoreApplication.translate("TimelineView", u"Previous hit (Shift+F3)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.prevButton.setAccessibleName(QCoreApplication.translate("TimelineView", u"Previous search hit", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("TimelineView", u"\u25bc", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("TimelineView", u"Next hit (F3)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("TimelineView", u"Next search hit", None))
#endif // QT_CONFIG(accessibility)
        self.annotateButton.setText(QCoreApplication.translate("TimelineView", u"Annotate\u2026", None))
#if QT_CONFIG(tooltip)
        self.annotateButton.setToolTip(QCoreApplication.translate("TimelineView", u"Annotate the selected message (Ctrl+M)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.annotateButton.setAccessibleName(QCoreApplication.translate("TimelineView", u"Annotate the selected message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.filterBar.setAccessibleName(QCoreApplication.translate("TimelineView", u"Message selection", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.filterLabel.setAccessibleName(QCoreApplication.translate("TimelineView", u"Selection description", None))
#endif // QT_CONFIG(accessibility)
        self.showAllButton.setText(QCoreApplication.translate("TimelineView", u"Show all messages", None))
#if QT_CONFIG(accessibility)
        self.showAllButton.setAccessibleName(QCoreApplication.translate("TimelineView", u"Show all messages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageList.setAccessibleName(QCoreApplication.translate("TimelineView", u"Messages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageList.setAccessibleDescription(QCoreApplication.translate("TimelineView", u"The case's chat, all channels merged by time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("TimelineView", u"Timeline status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

