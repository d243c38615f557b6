@echo off
rem Builds target\installer\RoadDesk-<version>.msi on Windows (JDK 17 with jpackage, WiX 3.x, Python 3).
rem JavaFX: the -win jars of the same version as the pom's, in target\installer\fxmods-win.
setlocal
cd /d "%~dp0\..\.."
call mvn -B -q -DskipTests package || exit /b 1
python installer\icon\draw_icon.py target\installer\roaddesk.ico 256 || exit /b 1
if not exist target\installer\input mkdir target\installer\input
copy /y target\roaddesk.jar target\installer\input\ >nul
for %%f in (target\lib\*.jar) do echo %%~nxf | findstr /b "javafx-" >nul || copy /y "%%f" target\installer\input\ >nul
jlink --module-path target\installer\fxmods-win --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.scripting,java.xml,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs,javafx.controls,javafx.fxml --strip-debug --no-man-pages --no-header-files --compress=2 --include-locales=en,zh --generate-cds-archive --output target\installer\runtime-win || exit /b 1
jpackage @installer\windows\roaddesk-msi.args --input target\installer\input --runtime-image target\installer\runtime-win --dest target\installer || exit /b 1
