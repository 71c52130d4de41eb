; Inno Setup 6 script: per-user installer for AI Energy Explorer on Windows (no admin rights).
;   iscc /DAppVersion=0.1.0 packaging\windows\ai-energy-explorer.iss
; Input: the PyInstaller one-folder build in dist\ai-energy-explorer\ (packaging/build.sh).
; Output: dist\ai-energy-explorer-<version>-windows-x64-setup.exe
; Installs into %LOCALAPPDATA%\Programs\AI Energy Explorer, adds a Start-menu shortcut and an uninstaller
; (Settings > Apps), and registers scenario files (*.aiee.json) under HKCU\Software\Classes.
; Windows picks a file's handler by its last extension, ".json", so the app is also offered for .json files
; in "Open with" without taking over their default program.

#ifndef AppVersion
  #error Define the version: iscc /DAppVersion=x.y.z packaging\windows\ai-energy-explorer.iss
#endif
#define AppName "AI Energy Explorer"
#define AppExe "ai-energy-explorer.exe"
#define ProgId "AIEnergyExplorer.Scenario"
#define SourceRoot AddBackslash(SourcePath) + "..\.."

[Setup]
AppId={{5D2B7C41-8E3A-4F6B-9C1D-2A7E4B8F3C60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=AI Energy Explorer contributors
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile={#SourceRoot}\resources\icons\ai-energy-explorer.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#SourceRoot}\dist
OutputBaseFilename=ai-energy-explorer-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[CustomMessages]
english.ScenarioFile=AI Energy Explorer scenario
japanese.ScenarioFile=AI エネルギー・エクスプローラーのシナリオ
english.AppComment=Estimate the electricity, carbon and water of training and serving generative AI
japanese.AppComment=生成 AI の学習と推論に使われる電力・CO2・水を見積もる

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceRoot}\dist\ai-energy-explorer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install. The ProgID and its open command:
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ScenarioFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; The scenario extension, and "Open with" for .json (Windows matches on the last extension):
Root: HKA; Subkey: "Software\Classes\.aiee.json"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.aiee.json"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-ai-energy-explorer"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.aiee.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
