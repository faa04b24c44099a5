; Inno Setup script: the Windows installer of the one-folder bundle dist\healthcentre\.
;
; Compile (after the PyInstaller build) with the version from the package metadata:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\healthcentre.iss
; The installer lands in dist\installer\healthcentre-setup-VERSION.exe.
;
; Silent install for IT, with the machine configuration copied to
; C:\ProgramData\RegionJonkopingsLan\healthcentre\config.toml (platformdirs' site config dir):
;   healthcentre-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CONFIG="\\server\share\vetlanda.toml" /LOG="C:\Temp\healthcentre-install.log"
; Without /CONFIG an existing config.toml is left as it is. A /CONFIG file that does
; not exist stops the installation before anything is installed (exit code 1).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z healthcentre.iss
#endif
#define Bundle "..\..\dist\healthcentre"
#define ConfigDir "{commonappdata}\RegionJonkopingsLan\healthcentre"

[Setup]
AppId={{6F1B7A52-3C1E-4C59-9A53-2E0D5C7B8A41}
AppName=Healthcentre
AppVersion={#AppVersion}
AppPublisher=Region Jönköpings län
DefaultDirName={autopf}\Healthcentre
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=healthcentre-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\healthcentre.exe
CloseApplications=yes

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; the machine configuration from /CONFIG=path, kept when the app is uninstalled
Source: "{code:ConfigSource}"; DestDir: "{#ConfigDir}"; DestName: "config.toml"; \
  Flags: external ignoreversion uninsneveruninstall; Check: HasConfig

[Icons]
Name: "{autoprograms}\Healthcentre"; Filename: "{app}\healthcentre.exe"

[Run]
Filename: "{app}\healthcentre.exe"; Description: "Start Healthcentre"; Flags: nowait postinstall skipifsilent

[Code]
function ConfigSource(Param: String): String;
begin
  Result := ExpandFileName(ExpandConstant('{param:CONFIG|}'));
end;

function HasConfig: Boolean;
begin
  Result := ExpandConstant('{param:CONFIG|}') <> '';
end;

function InitializeSetup: Boolean;
begin
  Result := True;
  if HasConfig and not FileExists(ConfigSource('')) then
  begin
    SuppressibleMsgBox('The configuration file ' + ConfigSource('') + ' does not exist.', mbCriticalError, MB_OK, IDOK);
    Log('CONFIG file not found: ' + ConfigSource(''));
    Result := False;
  end;
end;
