#!/usr/bin/env bash
# Command-line tests of `juesuan`: exit codes, stdin, output files, JSON round trip, rendering, errors.
# Usage: Tests/cli/cli_test.sh PATH/TO/juesuan
set -uo pipefail
bin=$(realpath "$1")
cd "$(dirname "$0")/../.."
seed=data/documents/datong-market-regulation-2024.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
check() { # name, condition...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}

"$bin" read "$seed" >"$work/summary.txt" 2>"$work/err"; status=$?
check "summary exits 0" test $status -eq 0
check "summary names every table" grep -q "决算表（10/10）" "$work/summary.txt"
check "summary shows the grand total" grep -q "收入总计 5,029.36" "$work/summary.txt"
check "summary counts reading notes" grep -q "读取备注：" "$work/summary.txt"

"$bin" read - --format summary <"$seed" >"$work/stdin.txt"; status=$?
check "stdin exits 0" test $status -eq 0
check "stdin reads the same tables" grep -q "决算表（10/10）" "$work/stdin.txt"
"$bin" check - --format json <"$seed" >"$work/stdin-check.json"; status=$?
"$bin" check "$seed" --format json >"$work/file-check.json"
check "check of stdin exits 1 on the seed's errors" test $status -eq 1
check "check of stdin finds what check of the file finds" python3 -c 'import json, sys; found = [[(f["ruleID"], f["message"]["zh"]) for r in json.load(open(p))["reports"] for f in r["findings"]] for p in sys.argv[1:]]; sys.exit(0 if found[0] and found[0] == found[1] else 1)' "$work/stdin-check.json" "$work/file-check.json"

# A PDF file is hashed and handed to pdftotext where it lies; on stdin it is read into memory.
pdf=data/documents/shanghai-template-2024.pdf
"$bin" read "$pdf" --format json >"$work/pdf-file.json"
"$bin" read - --format json <"$pdf" >"$work/pdf-stdin.json"
check "a PDF file and the same PDF on stdin read alike, hash included" python3 -c 'import json, sys; read = [json.load(open(p)) for p in sys.argv[1:]]; [d["provenance"].pop("sourceFileName") for d in read]; sys.exit(0 if read[0] == read[1] and read[0]["provenance"]["sha256"] else 1)' "$work/pdf-file.json" "$work/pdf-stdin.json"

# A PDF rewritten while pdftotext reads it is read again, so that its hash names the bytes read:
# this pdftotext appends a comment to the file the first time it runs.
mkdir -p "$work/changing"; cp "$pdf" "$work/changing/rewritten.pdf"
cat >"$work/changing/pdftotext" <<SCRIPT
#!/bin/sh
[ -e "$work/changing/done" ] || { touch "$work/changing/done"; printf '\n%% rewritten\n' >>"$work/changing/rewritten.pdf"; }
exec $(command -v pdftotext) "\$@"
SCRIPT
chmod +x "$work/changing/pdftotext"
PATH="$work/changing:$PATH" "$bin" read "$work/changing/rewritten.pdf" --format json >"$work/rewritten.json"
check "a PDF rewritten during reading is hashed as read" python3 -c 'import hashlib, json, sys; read = json.load(open(sys.argv[1])); sys.exit(0 if read["provenance"]["sha256"] == hashlib.sha256(open(sys.argv[2], "rb").read()).hexdigest() else 1)' "$work/rewritten.json" "$work/changing/rewritten.pdf"

"$bin" read "$seed" --format json -o "$work/seed.json"; status=$?
check "json to file exits 0" test $status -eq 0
check "json validates against the schema" python3 Tests/schema/validate.py schema/disclosure.schema.json "$work/seed.json"
"$bin" read "$work/seed.json" --format json -o "$work/again.json"
check "json reads back to identical json" cmp -s "$work/seed.json" "$work/again.json"

: >"$work/empty.txt"
"$bin" read "$work/empty.txt" 2>"$work/err"; status=$?
check "empty file exits 2" test $status -eq 2
check "empty file error names the file" grep -q "empty.txt" "$work/err"

"$bin" read "$work/does-not-exist.txt" 2>"$work/err"; status=$?
check "missing file exits 2" test $status -eq 2

head -c 4096 /dev/urandom >"$work/binary.bin"
"$bin" read "$work/binary.bin" 2>"$work/err"; status=$?
check "binary file exits 2" test $status -eq 2

printf '这是一份通知。\n没有表格。\n' >"$work/notice.txt"
"$bin" read "$work/notice.txt" 2>"$work/err"; status=$?
check "text without tables exits 2" test $status -eq 2
check "text without tables says why" grep -q "未找到任何决算表" "$work/err"

printf '{"metadata": 1}' >"$work/bad.json"
"$bin" read "$work/bad.json" 2>"$work/err"; status=$?
check "invalid json exits 2" test $status -eq 2

"$bin" read data/documents >"$work/folder.txt" 2>"$work/err"; status=$?
check "folder of good documents exits 0" test $status -eq 0
check "folder prints a line per file" test "$(grep -c '^✓' "$work/folder.txt")" -eq "$(ls data/documents | wc -l)"
mkdir "$work/mixed"; cp "$seed" "$work/mixed/"; cp "$work/notice.txt" "$work/mixed/"
"$bin" read "$work/mixed" --format json -o "$work/out" >"$work/folder.txt" 2>"$work/err"; status=$?
check "folder with a bad file exits 2" test $status -eq 2
check "folder names the bad file" grep -q "✗ notice.txt" "$work/folder.txt"
check "folder writes JSON for the good file" test -s "$work/out/datong-market-regulation-2024.json"

"$bin" read data/documents/putuo-finance-bureau-2024.pdf >"$work/pdf.txt"; status=$?
check "pdf exits 0" test $status -eq 0
check "pdf names its reader" grep -q "pdftotext-tsv" "$work/pdf.txt"

"$bin" check "$seed" >"$work/check.txt"; status=$?
check "check of the seed exits 1 (it has an error)" test $status -eq 1
check "check names the lost detail row under 302" grep -q "BE-005" "$work/check.txt"
check "check shows rounding as notes" grep -q "尾数误差" "$work/check.txt"

"$bin" check "$seed" --rules=-BE,-JX >/dev/null; status=$?
check "check without the BE and JX families exits 0" test $status -eq 0

"$bin" check "$seed" --rules BE --min-severity error --lang en >"$work/check-en.txt"; status=$?
check "check --lang en exits 1" test $status -eq 1
check "check --lang en writes English" grep -q "add up to 237.21" "$work/check-en.txt"
check "min-severity error hides notes" bash -c "! grep -q '尾数误差\|rounding' '$work/check-en.txt'"

"$bin" check "$seed" --format json -o "$work/findings.json"
check "check json validates against its schema" python3 Tests/schema/validate.py schema/findings.schema.json "$work/findings.json"
"$bin" check "$seed" --format csv -o "$work/findings.csv"
check "check csv has a header and rows" grep -q "rule_id" "$work/findings.csv"
"$bin" check "$seed" --format html -o "$work/findings.html"
check "check html is one page" grep -q "</html>" "$work/findings.html"

# A folder: one line per file in file-name order; the exit code is the worst over its files.
"$bin" check data/documents >"$work/check-folder.txt" 2>"$work/err"; status=$?
check "check of a folder with errors exits 1" test $status -eq 1
check "check of a folder prints a line per file" test "$(grep -c '^[✓✗] ' "$work/check-folder.txt")" -eq "$(ls data/documents | wc -l)"
check "check of a folder keeps file-name order" bash -c "diff <(grep '^[✓✗] ' '$work/check-folder.txt' | sed 's/^. \([^：]*\)：.*/\1/') <(ls data/documents)"
check "check of a folder counts its files" grep -q "共 $(ls data/documents | wc -l) 个文件" "$work/check-folder.txt"
mkdir "$work/clean"; cp data/documents/putuo-ecology-bureau-2025.txt "$work/clean/"; cp data/documents/putuo-ecology-bureau-2025.txt "$work/clean/copy.txt"
"$bin" check "$work/clean" >/dev/null 2>&1; status=$?
check "check of a folder without errors exits 0" test $status -eq 0
"$bin" check "$work/mixed" >"$work/check-mixed.txt" 2>"$work/err"; status=$?
check "check of a folder with an unreadable file exits 2" test $status -eq 2
check "check of a folder names the unreadable file" grep -q "✗ notice.txt：无法读取" "$work/check-mixed.txt"
"$bin" check data/documents --format json -o "$work/folder-findings.json" >/dev/null; status=$?
check "check of a folder to json exits 1" test $status -eq 1
check "check of a folder writes json valid against its schema" python3 Tests/schema/validate.py schema/findings.schema.json "$work/folder-findings.json"
check "check of a folder writes a report per file" python3 -c "import json,sys; sys.exit(len(json.load(open('$work/folder-findings.json'))['reports']) != $(ls data/documents | wc -l))"

"$bin" check "$work/does-not-exist.txt" 2>"$work/err"; status=$?
check "check of a missing file exits 2" test $status -eq 2
"$bin" check "$seed" --rules ZZ-999 2>"$work/err"; status=$?
check "check with an unknown rule fails" test $status -ne 0 -a $status -ne 1

"$bin" rules --format md >"$work/rules.md"; status=$?
check "rules exits 0" test $status -eq 0
check "rules md equals docs/rules.md" cmp -s "$work/rules.md" docs/rules.md

"$bin" --help >"$work/help.txt"
check "help lists read" grep -q "read" "$work/help.txt"
check "help lists check" grep -q "check" "$work/help.txt"

"$bin" score "$seed" >"$work/score.txt" 2>"$work/err"; status=$?
check "score exits 0" test $status -eq 0
check "score prints all 31 projects" test "$(grep -c '^[0-9]*\. ' "$work/score.txt")" -eq 31
check "score shows what cannot be accounted for" grep -q "总分中有37.00分无法由印出的内容核对" "$work/score.txt"
"$bin" score "$work/missing.txt" 2>/dev/null; status=$?
check "score of a missing file exits 2" test $status -eq 2

"$bin" render "$seed" --to html -o "$work/seed.html" 2>"$work/err"; status=$?
check "render html exits 0" test $status -eq 0
check "render html is one page with the tables" grep -q 'data-table="公开10"' "$work/seed.html"
check "render html has no script" bash -c '! grep -q "<script" "$0"' "$work/seed.html"
"$bin" render "$seed" --to md >"$work/seed.md"; status=$?
check "render md to stdout exits 0" test $status -eq 0
check "render md has pipe tables" grep -q '^| 201 | 一般公共服务支出 | 3864.28 |' "$work/seed.md"
"$bin" render "$seed" --to json -o "$work/render.json"
"$bin" read "$seed" --format json -o "$work/read.json"
check "render json equals read json" cmp -s "$work/render.json" "$work/read.json"
"$bin" render "$work/render.json" --to xlsx -o "$work/seed.xlsx"; status=$?
check "render xlsx from json exits 0" test $status -eq 0
"$bin" read "$work/seed.xlsx" >"$work/xlsx.txt" 2>"$work/err"
check "the rendered workbook reads back" grep -q "收入总计 5,029.36" "$work/xlsx.txt"
"$bin" render "$seed" --to datapackage -o "$work/package"; status=$?
check "render datapackage exits 0" test $status -eq 0
check "datapackage validates" bash -c 'frictionless validate "$0" >/dev/null' "$work/package/datapackage.json"
"$bin" render "$seed" --to pdf -o "$work/seed.pdf" 2>"$work/err"; status=$?
check "render pdf exits 0" test $status -eq 0
check "the pdf holds the grand total" bash -c 'pdftotext "$0" - | grep -q "5029.36"' "$work/seed.pdf"
PATH=/nonexistent "$bin" render "$seed" --to pdf -o "$work/none.pdf" 2>"$work/err"; status=$?
check "render pdf without chromium exits 2" test $status -eq 2
check "render pdf without chromium says how to install it" grep -q "apt-get install -y chromium fonts-noto-cjk" "$work/err"
"$bin" render "$seed" --to xlsx 2>"$work/err"; status=$?
check "render xlsx without -o fails" test $status -ne 0
"$bin" render "$work/missing.txt" --to html 2>"$work/err"; status=$?
check "render of a missing file exits 2" test $status -eq 2

"$bin" template -o "$work/模板.xlsx"; status=$?
check "template exits 0" test $status -eq 0
check "template is a workbook openpyxl opens with Chinese sheets" python3 -c "
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
assert 'xl/workbook.xml' in names, names
try:
    import openpyxl
except ImportError:
    sys.exit(0)
book = openpyxl.load_workbook(sys.argv[1])
assert '收支明细' in book.sheetnames and '变动原因' in book.sheetnames, book.sheetnames
assert str(book['收支明细']['A1'].value).startswith('功能分类科目代码（')
" "$work/模板.xlsx"
"$bin" author "$work/模板.xlsx" -o "$work/authored.json"; status=$?
check "author of the template exits 0" test $status -eq 0
check "authored json validates against the schema" python3 Tests/schema/validate.py schema/disclosure.schema.json "$work/authored.json"
"$bin" check "$work/authored.json" --min-severity error >"$work/authored-check.txt"; status=$?
check "authored disclosure checks without error" test $status -eq 0
"$bin" template --format json >"$work/input.json"; status=$?
check "template --format json exits 0" test $status -eq 0
"$bin" template --format yaml -o "$work/input.yaml"; status=$?
check "template --format yaml exits 0" test $status -eq 0
"$bin" author "$work/input.yaml" >"$work/authored-yaml.json"; status=$?
check "author of yaml exits 0" test $status -eq 0
check "yaml and workbook author the same tables" python3 -c "
import json, sys
a, b = (json.load(open(p))['tables'] for p in sys.argv[1:3])
assert a == b
" "$work/authored.json" "$work/authored-yaml.json"
"$bin" author Tests/AuthoringTests/Fixtures/seed-base.json -o "$work/seed-authored.json"; status=$?
check "author of the seed's base figures exits 0" test $status -eq 0
"$bin" read "$work/seed-authored.json" >"$work/seed-authored.txt"
check "authored seed has the seed's grand total" grep -q "收入总计 5,029.36" "$work/seed-authored.txt"
sed 's/"2013899"/"2013898"/' "$work/input.json" >"$work/bad-input.json"
"$bin" author "$work/bad-input.json" 2>"$work/err"; status=$?
check "author of a bad code exits 2" test $status -eq 2
check "author names the JSON path of the bad code" grep -q 'lines\[1\].code' "$work/err"
"$bin" author "$work/missing.xlsx" 2>/dev/null; status=$?
check "author of a missing file exits 2" test $status -eq 2

# serve: on a free port over a fresh store seeded with the seed document; the URL is printed once it listens.
mkdir -p "$work/serve-docs" && cp "$seed" "$work/serve-docs/"
"$bin" serve --db "sqlite:$work/serve.sqlite" --port 0 --documents "$work/serve-docs" >"$work/serve.out" 2>"$work/serve.err" &
serve_pid=$!
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/serve.out" | head -1)
  [ -n "$url" ] && break
  sleep 0.2
done
check "serve prints its URL" test -n "$url"
curl -fsS "${url}" >"$work/home.html" 2>/dev/null; status=$?
check "serve answers /" test $status -eq 0
check "home lists the seed department" grep -q "大同市市场监督管理局" "$work/home.html"
curl -fsS "${url}api/v1/departments" >"$work/departments.json" 2>/dev/null; status=$?
check "serve answers /api/v1/departments" test $status -eq 0
check "departments is JSON naming the seed department" python3 -c "
import json, sys
assert any(d['name'] == '大同市市场监督管理局' for d in json.load(open(sys.argv[1])))
" "$work/departments.json"
echo "a long enough password" | "$bin" admin create-user root --role admin --db "sqlite:$work/serve.sqlite" >/dev/null 2>"$work/err"; status=$?
check "admin create-user exits 0" test $status -eq 0
token=$("$bin" admin create-token root --db "sqlite:$work/serve.sqlite" 2>>"$work/err")
check "admin create-token prints a token" test -n "$token"
dept=$(python3 -c "import json, sys; print(json.load(open(sys.argv[1]))[0]['code'])" "$work/departments.json")
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST --data-binary "@$seed" "${url}api/v1/disclosures/${dept}/2024/versions?name=seed.txt")
check "anonymous upload is refused with 401" test "$code" = 401
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $token" --data-binary "@$seed" "${url}api/v1/disclosures/${dept}/2024/versions?name=seed.txt")
check "upload with the admin's token is created" test "$code" = 201
# The editor's browser workflow with curl: sign in through the form, upload through the form.
jar="$work/cookies.txt"
login_token=$(curl -s -c "$jar" "${url}login" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="//; s/"$//')
check "the sign-in page carries a CSRF token" test -n "$login_token"
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode "csrf=$login_token" --data-urlencode "login=root" \
  --data-urlencode "password=a long enough password" "${url}login")
check "signing in through the form redirects" test "$code" = 303
csrf=$(curl -s -b "$jar" "${url}editor" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="//; s/"$//')
check "我的部门 carries the session's CSRF token" test -n "$csrf"
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -F "csrf=$csrf" -F year=2025 -F "file=@$seed" "${url}editor/d/${dept}/versions")
check "an upload through the form is stored and redirects to its preview" test "$code" = 303
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -F "csrf=wrong" -F year=2025 -F "file=@$seed" "${url}editor/d/${dept}/versions")
check "a form upload with a wrong CSRF token is refused" test "$code" = 403
kill "$serve_pid" 2>/dev/null; wait "$serve_pid" 2>/dev/null

# The bad-input corpus (Tests/cli/bad_inputs.py): every item refused by read and by check with
# exit code 2, a Chinese message naming the file, and no crash, within seconds.
bad="$work/bad"; mkdir -p "$bad"
python3 Tests/cli/bad_inputs.py "$bad"
qpdf --encrypt user-password owner-password 256 -- "$bad/plain.pdf" "$bad/encrypted.pdf"; rm "$bad/plain.pdf"
truncate -s 1G "$bad/huge.txt"  # sparse: refused by its size before it is read
expect_refused() { # file, words the message must hold
  local file=$1 words=$2 command status
  for command in read check; do
    timeout 60 "$bin" "$command" "$bad/$file" >/dev/null 2>"$work/err"; status=$?
    check "$command $file exits 2" test $status -eq 2
    check "$command $file names the file and says why" grep -q "juesuan: $file：.*$words" "$work/err"
  done
}
expect_refused empty.txt "文件为空"
expect_refused binary.bin "无法识别文件格式"
expect_refused truncated.pdf "PDF 无法解析"
expect_refused truncated.xlsx "XLSX 文件无法打开"
expect_refused gbk.txt "GBK/GB18030 编码"
expect_refused huge.txt "文件大于 256 MB"
expect_refused long-line.txt "第1行：超出读取上限"
expect_refused scanned.pdf "没有文字层（可能是扫描件）"
expect_refused encrypted.pdf "PDF 已加密"
expect_refused zip-bomb.xlsx "ZIP 炸弹"
expect_refused traversal.xlsx "未找到任何决算表"
expect_refused shared-strings.xlsx "单元格 B7 引用了不存在的共享字符串"
expect_refused million-rows.xlsx "超过 100000 行"
expect_refused wrong-types.json "metadata：类型不符"
expect_refused deep.json "JSON 嵌套超过 200 层"
for file in deep-flow.yaml deep-block.yaml deep-dashes.yaml; do
  timeout 60 "$bin" author "$bad/$file" >/dev/null 2>"$work/err"; status=$?
  check "author $file exits 2" test $status -eq 2
  check "author $file names the file, the line and the limit" grep -q "juesuan: $file：第[0-9]*行：.*YAML 嵌套可能超过 200 层" "$work/err"
done
head -c 1G /dev/zero | tr '\0' a | timeout 60 "$bin" read - >/dev/null 2>"$work/err"; status=${PIPESTATUS[2]}
check "a 1 GB line on stdin exits 2" test $status -eq 2
check "a 1 GB line on stdin is refused by size" grep -q "<stdin>：超出读取上限：文件大于 256 MB" "$work/err"
"$bin" read "$bad/million-rows.xlsx" --max-rows 2000000 --max-input-mb 1 >/dev/null 2>"$work/err"; status=$?
check "--max-input-mb lowers the size limit" grep -q "文件大于 1 MB" "$work/err"
"$bin" read "$bad/zip-bomb.xlsx" --max-xlsx-part-mb 200 >/dev/null 2>"$work/err"; status=$?
check "--max-xlsx-part-mb raises the part limit" bash -c "test $status -eq 2 && ! grep -q 'ZIP 炸弹' '$work/err'"
"$bin" read "$seed" --max-rows 0 >/dev/null 2>"$work/err"; status=$?
check "a limit below 1 is a usage error" test $status -eq 64
mkdir "$work/slow"; printf '#!/bin/sh\nexec sleep 30\n' >"$work/slow/pdftotext"; chmod +x "$work/slow/pdftotext"
start=$SECONDS
PATH="$work/slow:$PATH" "$bin" read data/documents/putuo-finance-bureau-2024.pdf --timeout 1 >/dev/null 2>"$work/err"; status=$?
check "a pdftotext that hangs is stopped at --timeout with exit 2" test $status -eq 2 -a $((SECONDS - start)) -lt 10
check "the timeout names the limit" grep -q "pdftotext 超过 1 秒仍未完成" "$work/err"
"$bin" read --help >"$work/help.txt"
check "read --help documents the limits" grep -q -- "--max-input-mb" "$work/help.txt"

echo "cli: $passed passed, $failed failed"
[ $failed -eq 0 ]
