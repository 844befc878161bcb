@echo off
rem Entente launcher for Windows: builds the jar on first use, then runs it.
rem   entente run scenarios\baseline-2025.yaml
setlocal
set "HERE=%~dp0"
where java >nul 2>nul || (echo entente: Java is not installed. See docs\install.md. 1>&2 & exit /b 1)
if not exist "%HERE%target\entente.jar" (
  where mvn >nul 2>nul || (echo entente: building needs Maven ^(mvn^). See docs\install.md. 1>&2 & exit /b 1)
  echo entente: building the program ^(first use; takes a minute^)... 1>&2
  pushd "%HERE%" && call mvn -B -q -DskipTests package && popd || (echo entente: the build failed. 1>&2 & exit /b 1)
)
rem Spark is not on the class path here: sweep --engine spark needs ./entente (Git Bash) or spark-submit.
echo %* | findstr /i /c:"--engine spark" /c:"--engine=spark" >nul && (
  echo entente: --engine spark is not supported by entente.cmd. Use ./entente in Git Bash or WSL, or a Spark 1>&2
  echo installation: spark-submit --class org.entente.spark.SparkMain target\entente.jar sweep ... See docs\sweeps.md. 1>&2
  exit /b 2
)
java %ENTENTE_JAVA_OPTS% -jar "%HERE%target\entente.jar" %*
