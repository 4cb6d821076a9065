import os

# Before any QApplication exists: headless everywhere, also on a desktop.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
