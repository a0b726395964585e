@echo off
rem kimkit: mulai belajar di Windows. Klik dua kali berkas ini.
rem Pertama kali: membuat lingkungan Python .venv di folder ini dan memasang kimkit,
rem JupyterLab dan pustaka lain (perlu internet sekali saja, beberapa menit).
rem Bila ada folder wheelhouse berisi wheel (make bundle WHEELHOUSE=1), pemasangan memakai
rem folder itu tanpa internet (pip --no-index); bila gagal, dicoba lewat internet.
rem Setiap kali: membuka kursus di JupyterLab (python -m kimkit.lab), tanpa internet.
rem Pilihan diteruskan ke kimkit.lab, misalnya:  mulai.bat --port 8890
rem (Teks di berkas ini sengaja tanpa huruf khusus: cmd.exe tidak memakai UTF-8.)
setlocal
pushd "%~dp0"
set "VENV=.venv"
set "VPY=.venv\Scripts\python.exe"
set "LOG=.venv\pasang.log"

if not exist pyproject.toml goto belum_diekstrak
call :siap && goto jalankan

set "ASAL=perlu internet sekali saja, beberapa menit"
if exist wheelhouse\*.whl set "ASAL=dari folder wheelhouse, tanpa internet, beberapa menit"
echo Menyiapkan kimkit di folder ini (%ASAL%).
"%VPY%" -c "pass" >nul 2>&1 && goto pasang
if exist "%VENV%" rmdir /s /q "%VENV%"
call :cari_python
if not defined PY goto tanpa_python
echo Membuat lingkungan Python di %VENV% ...
%PY% -m venv "%VENV%"
if errorlevel 1 goto gagal_venv

:pasang
if not exist wheelhouse\*.whl goto pasang_internet
echo Memasang kimkit, JupyterLab dan pustaka peserta dari folder wheelhouse, tanpa internet ...
"%VPY%" -m pip install --no-index --find-links wheelhouse --upgrade pip > "%LOG%" 2>&1
if errorlevel 1 goto wheelhouse_gagal
"%VPY%" -m pip install --no-index --find-links wheelhouse -e . >> "%LOG%" 2>&1
if errorlevel 1 goto wheelhouse_gagal
echo Selesai.
goto jalankan

:wheelhouse_gagal
move /y "%LOG%" "%VENV%\pasang-wheelhouse.log" >nul
echo Folder wheelhouse tidak cocok untuk komputer atau versi Python ini
echo (catatan: %VENV%\pasang-wheelhouse.log); mencoba lewat internet.

:pasang_internet
echo Memasang kimkit, JupyterLab dan pustaka peserta ...
"%VPY%" -m pip install --upgrade pip > "%LOG%" 2>&1
if errorlevel 1 goto gagal_pasang
"%VPY%" -m pip install -e . >> "%LOG%" 2>&1
if errorlevel 1 goto gagal_pasang
echo Selesai.

:jalankan
"%VPY%" -m kimkit.lab %*
if errorlevel 1 pause
popd
exit /b

rem kimkit must be installed from this very folder (pip install -e .), not only importable
:siap
"%VPY%" -I -c "import pathlib, sys, jupyterlab, kimkit; sys.exit(pathlib.Path(kimkit.__file__).resolve().parent.parent != pathlib.Path.cwd().resolve())" >nul 2>&1
exit /b %errorlevel%

:cari_python
set "PY="
for %%V in (3.13 3.12 3.11 3) do call :coba py -%%V
call :coba python
exit /b 0

:coba
if defined PY exit /b 0
%* -c "import sys; sys.exit(sys.version_info < (3, 11))" >nul 2>&1 || exit /b 0
set "PY=%*"
exit /b 0

:belum_diekstrak
echo Ekstrak (Extract All) dulu seluruh isi berkas zip ke satu folder, lalu klik dua kali
echo mulai.bat di folder hasil ekstrak itu.
goto berhenti

:tanpa_python
echo.
echo kimkit perlu Python 3.11 atau lebih baru. Pasang dari https://www.python.org/downloads/
echo (saat memasang, centang "Add python.exe to PATH"), lalu klik dua kali mulai.bat lagi.
goto berhenti

:gagal_venv
if exist "%VENV%" rmdir /s /q "%VENV%"
echo Gagal membuat lingkungan Python. Pasang ulang Python dari https://www.python.org/downloads/
goto berhenti

:gagal_pasang
echo.
powershell -NoProfile -Command "Get-Content -Tail 25 -LiteralPath '%LOG%'" 2>nul || type "%LOG%"
echo.
echo Pemasangan gagal (catatan lengkap: %LOG%). Periksa koneksi internet (hanya perlu
echo sekali, saat pemasangan pertama), lalu klik dua kali mulai.bat lagi.
goto berhenti

:berhenti
pause
popd
exit /b 1
