{{/*
The plain (non-secret) settings of one service as a YAML map of BAZAAR_* variables: what its ConfigMap holds,
or what goes inline into its container when the ConfigMap is switched off. Call with (dict "root" $ "s" $s).
*/}}
{{- define "bazaar.settings" -}}
{{- $root := .root -}}
{{- $s := .s -}}
{{- $v := $root.Values -}}
{{- $env := dict -}}
{{- $_ := set $env "BAZAAR_HTTP_HOST" "0.0.0.0" -}}
{{- $_ := set $env "BAZAAR_HTTP_PORT" (toString $s.port) -}}
{{- $_ := set $env "BAZAAR_LOG_FORMAT" $v.logging.format -}}
{{- $_ := set $env "BAZAAR_LOG_LEVEL" $v.logging.level -}}
{{- if $v.tracing.enabled -}}
{{- $_ := set $env "BAZAAR_OTEL_EXPORTER" "otlp" -}}
{{- $_ := set $env "BAZAAR_OTEL_ENDPOINT" $v.tracing.otlpEndpoint -}}
{{- else -}}
{{- $_ := set $env "BAZAAR_OTEL_EXPORTER" "none" -}}
{{- end -}}
{{- $_ := set $env "BAZAAR_OTEL_SAMPLING_RATIO" (toString $v.tracing.samplingRatio) -}}
{{- if include "bazaar.uses" (dict "s" $s "what" "kafka") -}}
{{- $_ := set $env "BAZAAR_KAFKA_BOOTSTRAP_SERVERS" $v.kafka.bootstrapServers -}}
{{- end -}}
{{- if include "bazaar.uses" (dict "s" $s "what" "postgresql") -}}
{{- $_ := set $env "BAZAAR_PG_HOST" $v.postgresql.host -}}
{{- $_ := set $env "BAZAAR_PG_PORT" (toString $v.postgresql.port) -}}
{{- $_ := set $env "BAZAAR_PG_DATABASE" (required (printf "services.%s.database.name is required" $s.name) (($s.database).name)) -}}
{{- $_ := set $env "BAZAAR_PG_USER" (required (printf "services.%s.database.username is required" $s.name) (($s.database).username)) -}}
{{- $_ := set $env "BAZAAR_PG_POOL_SIZE" (toString $v.postgresql.poolSize) -}}
{{- end -}}
{{- if or (include "bazaar.uses" (dict "s" $s "what" "jwtVerify")) (include "bazaar.uses" (dict "s" $s "what" "jwtSign")) -}}
{{- $_ := set $env "BAZAAR_JWT_KEY_ID" $v.jwt.keyId -}}
{{- $_ := set $env "BAZAAR_JWT_ISSUER" $v.jwt.issuer -}}
{{- $_ := set $env "BAZAAR_JWT_AUDIENCE" $v.jwt.audience -}}
{{- end -}}
{{- if include "bazaar.uses" (dict "s" $s "what" "jwtSign") -}}
{{- $_ := set $env "BAZAAR_JWT_TTL" $v.jwt.ttl -}}
{{- end -}}
{{- if include "bazaar.uses" (dict "s" $s "what" "adminBootstrap") -}}
{{- $_ := set $env "BAZAAR_ADMIN_NAME" $v.admin.name -}}
{{- end -}}
{{- if include "bazaar.uses" (dict "s" $s "what" "paymentProvider") -}}
{{- $_ := set $env "BAZAAR_PAYMENT_PROVIDER_URL" $v.paymentProvider.url -}}
{{- end -}}
{{- if include "bazaar.uses" (dict "s" $s "what" "smtp") -}}
{{- $_ := set $env "BAZAAR_SMTP_HOST" $v.smtp.host -}}
{{- $_ := set $env "BAZAAR_SMTP_PORT" (toString $v.smtp.port) -}}
{{- $_ := set $env "BAZAAR_SMTP_STARTTLS" $v.smtp.starttls -}}
{{- $_ := set $env "BAZAAR_SMTP_SSL" (toString $v.smtp.ssl) -}}
{{- $_ := set $env "BAZAAR_MAIL_FROM" $v.smtp.from -}}
{{- with $v.smtp.username -}}
{{- $_ := set $env "BAZAAR_SMTP_USERNAME" . -}}
{{- end -}}
{{- end -}}
{{- if eq $s.name "edge" -}}
{{- $_ := set $env "BAZAAR_DISCOVERY_MODE" $v.discovery.mode -}}
{{- if include "bazaar.kubernetesDiscovery" $root -}}
{{- $_ := set $env "BAZAAR_KUBERNETES_INSTANCE" $root.Release.Name -}}
{{- else -}}
{{- range $other, $o := include "bazaar.services" $root | fromYaml -}}
{{- if has $other $v.discovery.services -}}
{{- $_ := set $env (printf "BAZAAR_SERVICE_%s_URL" (upper $other)) (printf "http://%s:%v" (include "bazaar.componentName" (dict "root" $root "name" $other)) $o.port) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- range $key, $value := $s.env -}}
{{- $_ := set $env $key (toString $value) -}}
{{- end -}}
{{- toYaml $env -}}
{{- end -}}

{{/* Variables read from Secrets (never from values), by what the service uses. Call with (dict "root" $ "s" $s). */}}
{{- define "bazaar.secretEnv" -}}
{{- $v := .root.Values -}}
{{- $s := .s -}}
{{- if include "bazaar.uses" (dict "s" $s "what" "postgresql") }}
- name: BAZAAR_PG_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $v.postgresql.existingSecret }}
      key: {{ printf "%s-password" $s.name }}
{{- end }}
{{- if or (include "bazaar.uses" (dict "s" $s "what" "jwtVerify")) (include "bazaar.uses" (dict "s" $s "what" "jwtSign")) }}
- name: BAZAAR_JWT_PUBLIC_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $v.jwt.existingSecret }}
      key: {{ $v.jwt.publicKeyKey }}
{{- end }}
{{- if include "bazaar.uses" (dict "s" $s "what" "jwtSign") }}
- name: BAZAAR_JWT_PRIVATE_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $v.jwt.existingSecret }}
      key: {{ $v.jwt.privateKeyKey }}
{{- end }}
{{- if include "bazaar.uses" (dict "s" $s "what" "adminBootstrap") }}
- name: BAZAAR_ADMIN_EMAIL
  valueFrom:
    secretKeyRef:
      name: {{ $v.admin.existingSecret }}
      key: email
- name: BAZAAR_ADMIN_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $v.admin.existingSecret }}
      key: password
{{- end }}
{{- if and (include "bazaar.uses" (dict "s" $s "what" "smtp")) $v.smtp.existingSecret }}
- name: BAZAAR_SMTP_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $v.smtp.existingSecret }}
      key: {{ $v.smtp.passwordKey }}
{{- end }}
{{- range $s.secretEnv }}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ .secretName }}
      key: {{ .key }}
{{- end }}
{{- end -}}

{{/* The container's env: inline settings (without a ConfigMap), the namespace, JVM options, then Secrets. */}}
{{- define "bazaar.containerEnv" -}}
{{- if not .s.configMap.enabled }}
{{- range $key, $value := .settings | fromYaml }}
- name: {{ $key }}
  value: {{ $value | quote }}
{{- end }}
{{- end }}
{{- if .kubernetesApi }}
- name: BAZAAR_KUBERNETES_NAMESPACE
  valueFrom:
    fieldRef:
      fieldPath: metadata.namespace
{{- end }}
{{- with .s.javaToolOptions }}
- name: JAVA_TOOL_OPTIONS
  value: {{ . | quote }}
{{- end }}
{{- include "bazaar.secretEnv" (dict "root" .root "s" .s) }}
{{- end -}}
