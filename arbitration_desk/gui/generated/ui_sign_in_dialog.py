# Generated from ui/sign_in_dialog.ui by packaging/compile_ui.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(460, 300)
        self.main_layout = QVBoxLayout(SignInDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.title = QLabel(SignInDialog)
        self.title.setObjectName(u"title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.main_layout.addWidget(self.title)

        self.hint = QLabel(SignInDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: palette(mid);")

        self.main_layout.addWidget(self.hint)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.api_url_label = QLabel(SignInDialog)
        self.api_url_label.setObjectName(u"api_url_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.api_url_label)

        self.api_url = QLineEdit(SignInDialog)
        self.api_url.setObjectName(u"api_url")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.api_url)

        self.username_label = QLabel(SignInDialog)
        self.username_label.setObjectName(u"username_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(SignInDialog)
        self.username.setObjectName(u"username")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.username)

        self.password_label = QLabel(SignInDialog)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(SignInDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.otp_label = QLabel(SignInDialog)
        self.otp_label.setObjectName(u"otp_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.otp_label)

        self.otp = QLineEdit(SignInDialog)
        self.otp.setObjectName(u"otp")
        self.otp.setMaxLength(12)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.otp)


        self.main_layout.addLayout(self.form)

        self.error = QLabel(SignInDialog)
        self.error.setObjectName(u"error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b71c1c; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px;")

        self.main_layout.addWidget(self.error)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.spacer)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.busy = QLabel(SignInDialog)
        self.busy.setObjectName(u"busy")
        self.busy.setTextFormat(Qt.TextFormat.PlainText)

        self.bottom.addWidget(self.busy)

        self.buttons = QDialogButtonBox(SignInDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottom.addWidget(self.buttons)


        self.main_layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.api_url_label.setBuddy(self.api_url)
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.otp_label.setBuddy(self.otp)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.api_url, self.username)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.otp)

        self.retranslateUi(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in \u2014 Arbitration Desk", None))
#if QT_CONFIG(accessibility)
        SignInDialog.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Sign in", None))
#endif // QT_CONFIG(accessibility)
        self.title.setText(QCoreApplication.translate("SignInDialog", u"Sign in to the arbitration platform", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.hint.setText(QCoreApplication.translate("SignInDialog", u"Your password and one-time password are never stored. Signing in as another member deletes the local data of the previous one.", None))
#if QT_CONFIG(accessibility)
        self.hint.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Hint", None))
#endif // QT_CONFIG(accessibility)
        self.api_url_label.setText(QCoreApplication.translate("SignInDialog", u"Platform &address", None))
        self.api_url.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"https://platform.example", None))
#if QT_CONFIG(accessibility)
        self.api_url.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Platform address", None))
#endif // QT_CONFIG(accessibility)
        self.username_label.setText(QCoreApplication.translate("SignInDialog", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("SignInDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("SignInDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.otp_label.setText(QCoreApplication.translate("SignInDialog", u"&One-time password", None))
        self.otp.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"6-digit code from your authenticator", None))
#if QT_CONFIG(accessibility)
        self.otp.setAccessibleName(QCoreApplication.translate("SignInDialog", u"One-time password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Sign-in error", None))
#endif // QT_CONFIG(accessibility)
        self.busy.setText(QCoreApplication.translate("SignInDialog", u"Signing in\u2026", None))
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Sign-in progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttons.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

