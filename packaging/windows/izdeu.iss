; Inno Setup script for the Izdeu Windows installer (Inno Setup 6).
;
; Build the bundle first on Windows (packaging/build.py, as the CI workflow does), then:
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\dist\izdeu-0.1.0-windows-x86_64 packaging\windows\izdeu.iss
; Output: dist\izdeu-<version>-windows-x86_64-setup.exe
;
; Installs for the current user only (no administrator rights), into
; %LOCALAPPDATA%\Programs\Izdeu, with a Start menu entry. The vault lives elsewhere
; (%LOCALAPPDATA%\izdeu\vault.izdeu) and is never removed by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\izdeu-" + AppVersion + "-windows-x86_64"
#endif

[Setup]
AppId={{3BD995AA-E4AC-4884-ABA7-4BBE39C086BD}
AppName=Izdeu
AppVersion={#AppVersion}
AppPublisher=The Izdeu volunteers
AppComments=Offline, encrypted intake of missing-person cases and PDF dossiers
DefaultDirName={localappdata}\Programs\Izdeu
DefaultGroupName=Izdeu
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=izdeu-{#AppVersion}-windows-x86_64-setup
SetupIconFile=izdeu.ico
UninstallDisplayIcon={app}\izdeu-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Nothing is downloaded during installation.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Izdeu"; Filename: "{app}\izdeu-gui.exe"
Name: "{group}\Izdeu self-test"; Filename: "{cmd}"; Parameters: "/k ""{app}\izdeu.exe"" --self-test"
Name: "{group}\{cm:UninstallProgram,Izdeu}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Izdeu"; Filename: "{app}\izdeu-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\izdeu-gui.exe"; Description: "{cm:LaunchProgram,Izdeu}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. The vault (%LOCALAPPDATA%\izdeu) is deliberately kept.
Type: filesandordirs; Name: "{app}\_internal"
