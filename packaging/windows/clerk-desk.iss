; Inno Setup 6 script: the Windows installer of Clerk Desk (医保窗口受理系统).
;
; Packages the folder packaging/clerk-desk.spec builds on Windows (build\dist\clerk-desk\):
;   pyinstaller --noconfirm --clean --distpath build\dist --workpath build\pyinstaller packaging\clerk-desk.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\clerk-desk.iss     -> build\installer\ClerkDesk-0.1.0-setup.exe
; The CI job .github/workflows/windows.yml does both on a Windows runner (it cannot be built on Linux).
;
; Installs for all users under {autopf}\Clerk Desk; the Start-menu entry starts clerk-desk-gui.exe
; (no console window); clerk-desk.exe is the command line.  Users' data (%LOCALAPPDATA%\clerk-desk,
; platformdirs' user data directory) is never touched by installing, updating or uninstalling.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; A fixed AppId: every version updates the same installation.
AppId={{7E3B2A4C-5D1F-4C8E-9B6A-2F0D3C1E8A57}
AppName=Clerk Desk
AppVersion={#AppVersion}
AppVerName=Clerk Desk {#AppVersion}
AppPublisher=Clerk Desk maintainers
DefaultDirName={autopf}\Clerk Desk
DefaultGroupName=Clerk Desk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\installer
OutputBaseFilename=ClerkDesk-{#AppVersion}-setup
SetupIconFile=..\..\build\clerk-desk.ico
UninstallDisplayIcon={app}\clerk-desk-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppTitle=医保窗口受理
english.AppTitle=Clerk Desk

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the program folder's _internal entirely (no stale libraries from the old version).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\build\dist\clerk-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\CHANGELOG.md"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\docs\install.md"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{cm:AppTitle}"; Filename: "{app}\clerk-desk-gui.exe"; Comment: "Clerk Desk 医保窗口受理系统"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\clerk-desk-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\clerk-desk-gui.exe"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent
