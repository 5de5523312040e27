# Builds Minka's Windows bundle, its zip and its installer (docs/windows.md).
#
#   powershell -ExecutionPolicy Bypass -File build_scripts\build-windows.ps1
#
# Needs Python 3.11 (py launcher) and Inno Setup 6 (iscc.exe); run from the repository.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q -e ".[test]" "pyinstaller>=6.10"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

# Translations: the .qm catalogues the bundle carries.
foreach ($lang in "es", "en") {
  & .venv\Scripts\pyside6-lrelease.exe -silent "resources\translations\minka_$lang.ts" `
      -qm "resources\translations\minka_$lang.qm"
  if ($LASTEXITCODE -ne 0) { throw "lrelease failed for $lang" }
}

# Bundle, zip and the bundle's own self-test (offscreen, temporary profile).
& $py build_scripts\bundle.py --test
if ($LASTEXITCODE -ne 0) { throw "the bundle or its self-test failed" }

# Installer.
$iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
          "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } |
        Select-Object -First 1
if (-not $iscc) { throw "Inno Setup 6 not found: install it from jrsoftware.org (winget install JRSoftware.InnoSetup)" }
$version = (& $py -c "from build_scripts.bundle_info import VERSION; print(VERSION)").Trim()
& $iscc "/DMyAppVersion=$version" build_scripts\minka.iss
if ($LASTEXITCODE -ne 0) { throw "iscc failed" }
Get-ChildItem dist\*.zip, dist\*.exe | Format-Table Name, @{n="MB"; e={[math]::Round($_.Length / 1MB, 1)}}
