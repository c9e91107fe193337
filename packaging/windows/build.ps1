# Builds LastMile for Windows with the JDK's jpackage (run in PowerShell from the repository):
#   packaging\windows\build.ps1            an app image: target\package\LastMile\LastMile.exe
#   packaging\windows\build.ps1 msi        an installer (needs the WiX Toolset 3 on the PATH)
# Not run by CI (no Windows machine here); the Linux script beside it is the tested twin.
param([ValidateSet("app-image", "msi", "exe")][string]$Type = "app-image")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
if ($env:SKIP_JAR -ne "1") { mvn -B -ntp -q package -DskipTests; if ($LASTEXITCODE) { exit $LASTEXITCODE } }
$version = ([xml](Get-Content pom.xml)).project.version -replace "-SNAPSHOT", ""
Remove-Item -Recurse -Force "target\package-input", "target\package\LastMile" -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "target\package-input", "target\package" | Out-Null
Copy-Item "target\lastmile.jar", "packaging\linux\logging.properties" "target\package-input\"
$jpackageArgs = @("--type", $Type, "--name", "LastMile", "--app-version", $version, "--vendor", "LastMile",
    "--input", "target\package-input", "--main-jar", "lastmile.jar", "--main-class", "org.lastmile.app.Launcher",
    "--icon", "packaging\icon\lastmile.ico", "--dest", "target\package",
    "--java-options", "-Dfile.encoding=UTF-8", "--java-options", "-Xmx1g",
    "--java-options", "-XX:TieredStopAtLevel=1", "--java-options", "-XX:+UseSerialGC", "--java-options", "-Xms64m",
    "--java-options", "-XX:NewSize=65472k",
    # single quotes: $APPDIR is for the launcher to expand, not PowerShell
    "--java-options", '-Djava.util.logging.config.file=$APPDIR\logging.properties')
if ($Type -ne "app-image") {
    $jpackageArgs += @("--win-menu", "--win-shortcut", "--win-dir-chooser", "--win-per-user-install",
        "--win-upgrade-uuid", "5d0f8c3e-6b7a-4d1e-9a43-2f5c1e7b8a90")
}
jpackage @jpackageArgs
exit $LASTEXITCODE
