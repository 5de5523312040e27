; Inno Setup script: the Windows installer of Minka, in Spanish (build_scripts/build-windows.ps1).
;
; Installs for the current user only, without administrator rights (school and UGEL
; computers are locked down): into %LOCALAPPDATA%\Programs\Minka, with a Start-menu entry.
; Uninstalling keeps the person's data (%LOCALAPPDATA%\Minka) unless they ask to delete it.
; It cannot be built on Linux: see docs/windows.md.

#ifndef MyAppVersion
  #define MyAppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\Minka"
#endif

[Setup]
AppId={{6C1B7E0A-3F0E-4B8E-9E55-4D2B1A6F7C01}
AppName=Minka
AppVersion={#MyAppVersion}
AppVerName=Minka {#MyAppVersion}
AppPublisher=Red Minka
DefaultDirName={localappdata}\Programs\Minka
DefaultGroupName=Minka
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
OutputDir=..\dist
OutputBaseFilename=Minka-{#MyAppVersion}-instalador
SetupIconFile=..\build\minka.ico
UninstallDisplayIcon={app}\Minka.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
ArchitecturesAllowed=x64compatible
ShowLanguageDialog=no

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "Crear un acceso directo en el escritorio"; GroupDescription: "Accesos directos:"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Minka"; Filename: "{app}\Minka.exe"; Comment: "Curso, repositorio y comunidad, también sin internet"
Name: "{userdesktop}\Minka"; Filename: "{app}\Minka.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Minka.exe"; Description: "Abrir Minka ahora"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself left in its folder; the person's data is handled below.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\Minka');
    if DirExists(DataDir) then
    begin
      // The default answer keeps the data: drafts, downloaded documents, pending work.
      if MsgBox('Minka se quitó de esta computadora.' + #13#10 + #13#10 +
                'Sus datos (tareas, borradores, mensajes pendientes de envío y documentos ' +
                'descargados) siguen guardados en:' + #13#10 + DataDir + #13#10 + #13#10 +
                '¿Desea borrarlos también? Si los borra, lo que no se haya enviado se perderá.',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
    end;
  end;
end;
