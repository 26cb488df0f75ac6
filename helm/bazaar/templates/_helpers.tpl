{{/*
Shared helpers. Every per-service template ranges over "bazaar.services" and renders one object per service
from the same helpers, so a service's part of the chart is its block in values.yaml.
*/}}

{{- define "bazaar.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "bazaar.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* The name of a component's objects: "<fullname>-<component>". Call with (dict "root" $ "name" "catalog"). */}}
{{- define "bazaar.componentName" -}}
{{- printf "%s-%s" (include "bazaar.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "bazaar.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels every object carries. Call with (dict "root" $ "name" "<component>"). */}}
{{- define "bazaar.labels" -}}
helm.sh/chart: {{ include "bazaar.chart" .root }}
{{ include "bazaar.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: bazaar
{{- end -}}

{{/* Labels that select a component's pods. Call with (dict "root" $ "name" "<component>"). */}}
{{- define "bazaar.selectorLabels" -}}
app.kubernetes.io/name: {{ include "bazaar.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{/*
The enabled services, each merged over serviceDefaults, as a YAML map name -> settings (with "name" added).
Use: {{- range $name, $s := include "bazaar.services" $ | fromYaml }}
*/}}
{{- define "bazaar.services" -}}
{{- $all := dict -}}
{{- range $name, $svc := .Values.services -}}
{{- $merged := mustMergeOverwrite (deepCopy $.Values.serviceDefaults) (deepCopy $svc) -}}
{{- if $merged.enabled -}}
{{- $_ := set $merged "name" $name -}}
{{- $_ := set $all $name $merged -}}
{{- end -}}
{{- end -}}
{{- toYaml $all -}}
{{- end -}}

{{/* Whether a service uses something: (dict "s" $s "what" "kafka") -> "true" or "". */}}
{{- define "bazaar.uses" -}}
{{- if has .what (default list .s.uses) -}}true{{- end -}}
{{- end -}}

{{/* Whether the edge reads the Kubernetes API: discovery mode kubernetes. */}}
{{- define "bazaar.kubernetesDiscovery" -}}
{{- if eq .Values.discovery.mode "kubernetes" -}}true{{- end -}}
{{- end -}}

{{/* The image of a service: (dict "root" $ "s" $s). */}}
{{- define "bazaar.image" -}}
{{- $tag := default .root.Chart.AppVersion .root.Values.image.tag -}}
{{- printf "%s/%s:%s" (trimSuffix "/" .root.Values.image.registry) .s.name $tag -}}
{{- end -}}

{{/* The service account name of a service: (dict "root" $ "s" $s). */}}
{{- define "bazaar.serviceAccountName" -}}
{{- if .s.serviceAccount.create -}}
{{- include "bazaar.componentName" (dict "root" .root "name" .s.name) -}}
{{- else -}}
{{- default "default" .s.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* Pod-level security context shared by every pod of the chart. */}}
{{- define "bazaar.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
fsGroup: 10001
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Container-level security context shared by every container of the chart. */}}
{{- define "bazaar.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop:
    - ALL
{{- end -}}

{{/* NetworkPolicy ports: (dict "ports" (list 53) "protocols" (list "UDP" "TCP")). */}}
{{- define "bazaar.policyPorts" -}}
{{- $protocols := default (list "TCP") .protocols -}}
{{- $ports := list -}}
{{- range $port := .ports -}}
{{- range $protocol := $protocols -}}
{{- $ports = append $ports (dict "port" $port "protocol" $protocol) -}}
{{- end -}}
{{- end -}}
{{- toYaml $ports -}}
{{- end -}}

{{/* One egress rule to external peers: (dict "to" list "ports" list). An empty "to" allows any address. */}}
{{- define "bazaar.egressRule" -}}
- ports:
    {{- include "bazaar.policyPorts" (dict "ports" .ports) | nindent 4 }}
  {{- with .to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}

{{/* The egress rule to the cluster DNS every pod of the chart needs. */}}
{{- define "bazaar.dnsEgressRule" -}}
- ports:
    {{- include "bazaar.policyPorts" (dict "ports" .Values.networkPolicy.dns.ports "protocols" (list "UDP" "TCP")) | nindent 4 }}
  {{- with .Values.networkPolicy.dns.to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}
