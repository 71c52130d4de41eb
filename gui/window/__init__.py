"""The window wing: the shell where the parts are composed and connected, the document's undo and autosave."""
