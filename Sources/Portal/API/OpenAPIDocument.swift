/// The API's contract, OpenAPI 3.1, served at `/api/v1/openapi.json`. Hand-written so that it
/// reads as documentation; the portal tests validate it with `openapi-spec-validator` and
/// check the routes answer in the shapes it names.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "juesuan 部门决算公开 API",
        "version": "1.0.0",
        "description": "已公开的部门决算：部门、决算、版本、核对结果、决算表与按类汇总。金额为万元字符串，保留公布的小数位。上传与公开需要 API 令牌。"
      },
      "servers": [{"url": "/"}],
      "paths": {
        "/api/v1/departments": {
          "get": {
            "summary": "全部部门",
            "operationId": "listDepartments",
            "responses": {"200": {"description": "部门列表", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Department"}}}}}}
          }
        },
        "/api/v1/disclosures": {
          "get": {
            "summary": "全部已公开的决算",
            "operationId": "listDisclosures",
            "responses": {"200": {"description": "已公开决算", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Disclosure"}}}}}}
          }
        },
        "/api/v1/disclosures/{department}/{year}": {
          "parameters": [{"$ref": "#/components/parameters/Department"}, {"$ref": "#/components/parameters/Year"}],
          "get": {
            "summary": "一份已公开的决算",
            "operationId": "getDisclosure",
            "responses": {
              "200": {"description": "当前公开的版本", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Disclosure"}}}},
              "304": {"$ref": "#/components/responses/NotModified"},
              "400": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/disclosures/{department}/{year}/versions": {
          "parameters": [{"$ref": "#/components/parameters/Department"}, {"$ref": "#/components/parameters/Year"}],
          "get": {
            "summary": "曾公开过的版本（不含草稿）",
            "operationId": "listVersions",
            "responses": {
              "200": {"description": "版本", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Version"}}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}
            }
          },
          "post": {
            "summary": "上传新版本（草稿）",
            "operationId": "uploadVersion",
            "security": [{"token": []}],
            "parameters": [{"name": "name", "in": "query", "required": false, "schema": {"type": "string"}, "description": "源文件名"}],
            "requestBody": {"required": true, "content": {"application/octet-stream": {"schema": {"type": "string", "contentMediaType": "application/octet-stream"}}}},
            "responses": {
              "201": {"description": "已保存的草稿版本", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Version"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"},
              "413": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/disclosures/{department}/{year}/findings": {
          "parameters": [{"$ref": "#/components/parameters/Department"}, {"$ref": "#/components/parameters/Year"}],
          "get": {
            "summary": "当前公开版本的核对结果",
            "operationId": "listFindings",
            "responses": {
              "200": {"description": "核对结果（schema/findings.schema.json 中的 Finding）", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}}}},
              "304": {"$ref": "#/components/responses/NotModified"},
              "400": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/disclosures/{department}/{year}/tables": {
          "parameters": [{"$ref": "#/components/parameters/Department"}, {"$ref": "#/components/parameters/Year"}],
          "get": {
            "summary": "当前公开版本的决算表（schema/disclosure.schema.json 中的 tables）",
            "operationId": "getTables",
            "responses": {
              "200": {"description": "十张决算表", "content": {"application/json": {"schema": {"type": "object"}}}},
              "304": {"$ref": "#/components/responses/NotModified"},
              "400": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/versions/{id}/publish": {
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64"}}],
          "post": {
            "summary": "公开一个版本；有错误时须由管理员注明理由",
            "operationId": "publishVersion",
            "security": [{"token": []}],
            "requestBody": {"required": false, "content": {"application/json": {"schema": {"type": "object", "properties": {"reason": {"type": "string"}}}}}},
            "responses": {
              "200": {"description": "公开记录", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Publication"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"},
              "409": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/aggregate": {
          "get": {
            "summary": "各部门已公开决算的功能分类支出合计（公开03），按科目与年度",
            "operationId": "aggregate",
            "parameters": [
              {"name": "class", "in": "query", "required": false, "schema": {"type": "string", "pattern": "^[0-9]{3}([0-9]{2}){0,2}$"}, "description": "功能分类科目代码；省略时为全部类"},
              {"name": "years", "in": "query", "required": true, "schema": {"type": "string", "pattern": "^(199[0-9]|2[01][0-9]{2}|2200)(,(199[0-9]|2[01][0-9]{2}|2200)){0,49}$"}, "example": "2024,2025", "description": "年度（1990 至 2200），逗号分隔，至多 50 个"}
            ],
            "responses": {
              "200": {"description": "合计", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/ClassTotal"}}}}},
              "400": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/openapi.json": {
          "get": {
            "summary": "本文档",
            "operationId": "openapi",
            "responses": {"200": {"description": "OpenAPI 3.1 文档", "content": {"application/json": {"schema": {"type": "object"}}}}}
          }
        }
      },
      "components": {
        "securitySchemes": {"token": {"type": "http", "scheme": "bearer", "description": "API 令牌；服务器只保存其 SHA-256"}},
        "parameters": {
          "Department": {"name": "department", "in": "path", "required": true, "schema": {"type": "string"}, "description": "部门代码（见 /api/v1/departments）"},
          "Year": {"name": "year", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^(199[0-9]|2[01][0-9]{2}|2200)$"}, "description": "年度，1990 至 2200"}
        },
        "responses": {
          "Error": {"description": "错误", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "NotModified": {"description": "请求的 If-None-Match 含当前应答的 ETag：内容未变（应答带 ETag 与 Cache-Control: no-cache，公开新版本后 ETag 随之改变）"}
        },
        "schemas": {
          "Error": {"type": "object", "required": ["error", "status"], "properties": {"error": {"type": "string"}, "status": {"type": "integer"}}},
          "Department": {"type": "object", "required": ["code", "name"], "properties": {"code": {"type": "string"}, "name": {"type": "string"}}},
          "FindingCounts": {"type": "object", "required": ["errors", "warnings", "notes"], "properties": {"errors": {"type": "integer"}, "warnings": {"type": "integer"}, "notes": {"type": "integer"}}},
          "Version": {
            "type": "object",
            "required": ["id", "department", "fiscalYear", "number", "sourceFileName", "sourceSHA256", "sourceSize", "reader", "findingCounts", "createdAt", "createdBy", "isPublished"],
            "properties": {
              "id": {"type": "integer"}, "department": {"type": "integer"}, "fiscalYear": {"type": "integer"}, "number": {"type": "integer"},
              "sourceFileName": {"type": "string"}, "sourceSHA256": {"type": "string"}, "sourceSize": {"type": "integer"}, "reader": {"type": "string"},
              "findingCounts": {"$ref": "#/components/schemas/FindingCounts"}, "createdAt": {"type": "string", "format": "date-time"},
              "createdBy": {"type": "string"}, "isPublished": {"type": "boolean"}
            }
          },
          "Disclosure": {
            "type": "object",
            "required": ["department", "fiscalYear", "version"],
            "properties": {"department": {"$ref": "#/components/schemas/Department"}, "fiscalYear": {"type": "integer"}, "version": {"$ref": "#/components/schemas/Version"}}
          },
          "Publication": {
            "type": "object",
            "required": ["id", "version", "publishedAt", "publishedBy"],
            "properties": {"id": {"type": "integer"}, "version": {"type": "integer"}, "publishedAt": {"type": "string", "format": "date-time"}, "publishedBy": {"type": "string"}, "reason": {"type": ["string", "null"]}}
          },
          "Finding": {
            "type": "object",
            "required": ["ruleID", "severity", "location", "message"],
            "properties": {"ruleID": {"type": "string"}, "severity": {"enum": ["error", "warning", "note"]}, "location": {"type": "object"}, "message": {"type": "object"}}
          },
          "ClassTotal": {
            "type": "object",
            "required": ["code", "fiscalYear", "total", "departments"],
            "properties": {"code": {"type": "string"}, "fiscalYear": {"type": "integer"}, "total": {"type": "string", "description": "万元"}, "departments": {"type": "integer"}}
          }
        }
      }
    }
    """#
}
