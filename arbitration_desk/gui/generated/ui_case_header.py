# Generated from ui/case_header.ui by packaging/compile_ui.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_header.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QSizePolicy,
    QSpacerItem, QWidget)

class Ui_CaseHeader(object):
    def setupUi(self, CaseHeader):
        if not CaseHeader.objectName():
            CaseHeader.setObjectName(u"CaseHeader")
        CaseHeader.resize(800, 64)
        self.grid = QGridLayout(CaseHeader)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.grid.setContentsMargins(12, 8, 12, 8)
        self.referenceLabel = QLabel(CaseHeader)
        self.referenceLabel.setObjectName(u"referenceLabel")
        self.referenceLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.referenceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.grid.addWidget(self.referenceLabel, 0, 0, 1, 1)

        self.statusLabel = QLabel(CaseHeader)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.grid.addWidget(self.statusLabel, 0, 1, 1, 1)

        self.readOnlyLabel = QLabel(CaseHeader)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.grid.addWidget(self.readOnlyLabel, 0, 2, 1, 1)

        self.spacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.grid.addItem(self.spacer, 0, 3, 1, 1)

        self.timeLeftLabel = QLabel(CaseHeader)
        self.timeLeftLabel.setObjectName(u"timeLeftLabel")
        self.timeLeftLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.timeLeftLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.timeLeftLabel, 0, 4, 1, 1)

        self.claimLabel = QLabel(CaseHeader)
        self.claimLabel.setObjectName(u"claimLabel")
        self.claimLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.grid.addWidget(self.claimLabel, 1, 0, 1, 4)

        self.deadlineLabel = QLabel(CaseHeader)
        self.deadlineLabel.setObjectName(u"deadlineLabel")
        self.deadlineLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.deadlineLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.deadlineLabel, 1, 4, 1, 1)


        self.retranslateUi(CaseHeader)
    # setupUi

    def retranslateUi(self, CaseHeader):
#if QT_CONFIG(accessibility)
        CaseHeader.setAccessibleName(QCoreApplication.translate("CaseHeader", u"Case header", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.referenceLabel.setAccessibleName(QCoreApplication.translate("CaseHeader", u"Case reference", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("CaseHeader", u"Case status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.readOnlyLabel.setAccessibleName(QCoreApplication.translate("CaseHeader", u"Read-only notice", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timeLeftLabel.setAccessibleName(QCoreApplication.translate("CaseHeader", u"Time left until the ruling deadline", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.claimLabel.setAccessibleName(QCoreApplication.translate("CaseHeader", u"Claim type and value in dispute", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deadlineLabel.setAccessibleName(QCoreApplication.translate("CaseHeader", u"Ruling deadline", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

