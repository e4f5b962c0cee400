
2.0

Kubernetesv1.33.0B¥Ûö
/api/v1/configmapsÉÕ
core_v12list or watch ConfigMap objects in every namespace*#listCoreV1ConfigMapForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ\
A
200:
8
OK2
0
.#/definitions/io.k8s.api.core.v1.ConfigMapList

401

Unauthorizedj
x-kubernetes-actionlist
jK
x-kubernetes-group-version-kind(&group: ""
kind: ConfigMap
version: v1
J1
/-+queryIndent the output."pretty2stringô
/api/v1/endpointsÉÕ
core_v12list or watch Endpoints objects in every namespace*#listCoreV1EndpointsForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ\
A
200:
8
OK2
0
.#/definitions/io.k8s.api.core.v1.EndpointsList

401

Unauthorizedj
x-kubernetes-actionlist
jK
x-kubernetes-group-version-kind(&group: ""
kind: Endpoints
version: v1
J1
/-+queryIndent the output."pretty2stringÜ
/api/v1/eventsÛΩ
core_v1.list or watch Event objects in every namespace*listCoreV1EventForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJX
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.EventList

401

Unauthorizedj
x-kubernetes-actionlist
jG
x-kubernetes-group-version-kind$"group: ""
kind: Event
version: v1
J1
/-+queryIndent the output."pretty2stringü
/api/v1/limitrangesá—
core_v13list or watch LimitRange objects in every namespace*$listCoreV1LimitRangeForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ]
B
200;
9
OK3
1
/#/definitions/io.k8s.api.core.v1.LimitRangeList

401

Unauthorizedj
x-kubernetes-actionlist
jL
x-kubernetes-group-version-kind)'group: ""
kind: LimitRange
version: v1
J1
/-+queryIndent the output."pretty2stringà
/api/v1/namespacesÒ™
core_v1list or watch Namespace objects*listCoreV1NamespaceBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ\
A
200:
8
OK2
0
.#/definitions/io.k8s.api.core.v1.NamespaceList

401

Unauthorizedj
x-kubernetes-actionlist
jK
x-kubernetes-group-version-kind(&group: ""
kind: Namespace
version: v1
"é
core_v1create a Namespace*createCoreV1NamespaceB@
>
<bodybody *,
*#/definitions/io.k8s.api.core.v1.NamespaceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.Namespace
B
201;
9
Created.
,
*#/definitions/io.k8s.api.core.v1.Namespace
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.core.v1.Namespace

401

Unauthorizedj
x-kubernetes-actionpost
jK
x-kubernetes-group-version-kind(&group: ""
kind: Namespace
version: v1
J1
/-+queryIndent the output."pretty2string”
)/api/v1/namespaces/{namespace}/configmaps•¥
core_v1list or watch ConfigMap objects*listCoreV1NamespacedConfigMapBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ\
A
200:
8
OK2
0
.#/definitions/io.k8s.api.core.v1.ConfigMapList

401

Unauthorizedj
x-kubernetes-actionlist
jK
x-kubernetes-group-version-kind(&group: ""
kind: ConfigMap
version: v1
"ò
core_v1create a ConfigMap*createCoreV1NamespacedConfigMapB@
>
<bodybody *,
*#/definitions/io.k8s.api.core.v1.ConfigMapBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.ConfigMap
B
201;
9
Created.
,
*#/definitions/io.k8s.api.core.v1.ConfigMap
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.core.v1.ConfigMap

401

Unauthorizedj
x-kubernetes-actionpost
jK
x-kubernetes-group-version-kind(&group: ""
kind: ConfigMap
version: v1
*‹	
core_v1(delete a collection of ConfigMap objects*)deleteCollectionCoreV1NamespacedConfigMapBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jK
x-kubernetes-group-version-kind(&group: ""
kind: ConfigMap
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string¡
0/api/v1/namespaces/{namespace}/configmaps/{name}åå
core_v1read the specified ConfigMap*readCoreV1NamespacedConfigMapJX
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.ConfigMap

401

Unauthorizedj
x-kubernetes-actionget
jK
x-kubernetes-group-version-kind(&group: ""
kind: ConfigMap
version: v1
•
core_v1replace the specified ConfigMap* replaceCoreV1NamespacedConfigMapB@
>
<bodybody *,
*#/definitions/io.k8s.api.core.v1.ConfigMapBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.ConfigMap
B
201;
9
Created.
,
*#/definitions/io.k8s.api.core.v1.ConfigMap
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.core.v1.ConfigMap

401

Unauthorizedj
x-kubernetes-actionput
jK
x-kubernetes-group-version-kind(&group: ""
kind: ConfigMap
version: v1
*í
core_v1delete a ConfigMap*deleteCoreV1NamespacedConfigMapBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jK
x-kubernetes-group-version-kind(&group: ""
kind: ConfigMap
version: v1
Bè
core_v1(partially update the specified ConfigMap*patchCoreV1NamespacedConfigMap:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.ConfigMap
B
201;
9
Created.
,
*#/definitions/io.k8s.api.core.v1.ConfigMap
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.core.v1.ConfigMap

401

Unauthorizedj
x-kubernetes-actionpatch
jK
x-kubernetes-group-version-kind(&group: ""
kind: ConfigMap
version: v1
J8
64"2pathThe name of the ConfigMap."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string“
(/api/v1/namespaces/{namespace}/endpoints•¥
core_v1list or watch Endpoints objects*listCoreV1NamespacedEndpointsBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ\
A
200:
8
OK2
0
.#/definitions/io.k8s.api.core.v1.EndpointsList

401

Unauthorizedj
x-kubernetes-actionlist
jK
x-kubernetes-group-version-kind(&group: ""
kind: Endpoints
version: v1
"ò
core_v1create a Endpoints*createCoreV1NamespacedEndpointsB@
>
<bodybody *,
*#/definitions/io.k8s.api.core.v1.EndpointsBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.Endpoints
B
201;
9
Created.
,
*#/definitions/io.k8s.api.core.v1.Endpoints
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.core.v1.Endpoints

401

Unauthorizedj
x-kubernetes-actionpost
jK
x-kubernetes-group-version-kind(&group: ""
kind: Endpoints
version: v1
*‹	
core_v1(delete a collection of Endpoints objects*)deleteCollectionCoreV1NamespacedEndpointsBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jK
x-kubernetes-group-version-kind(&group: ""
kind: Endpoints
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string¿
//api/v1/namespaces/{namespace}/endpoints/{name}åå
core_v1read the specified Endpoints*readCoreV1NamespacedEndpointsJX
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.Endpoints

401

Unauthorizedj
x-kubernetes-actionget
jK
x-kubernetes-group-version-kind(&group: ""
kind: Endpoints
version: v1
•
core_v1replace the specified Endpoints* replaceCoreV1NamespacedEndpointsB@
>
<bodybody *,
*#/definitions/io.k8s.api.core.v1.EndpointsBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.Endpoints
B
201;
9
Created.
,
*#/definitions/io.k8s.api.core.v1.Endpoints
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.core.v1.Endpoints

401

Unauthorizedj
x-kubernetes-actionput
jK
x-kubernetes-group-version-kind(&group: ""
kind: Endpoints
version: v1
*í
core_v1delete a Endpoints*deleteCoreV1NamespacedEndpointsBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jK
x-kubernetes-group-version-kind(&group: ""
kind: Endpoints
version: v1
Bè
core_v1(partially update the specified Endpoints*patchCoreV1NamespacedEndpoints:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.Endpoints
B
201;
9
Created.
,
*#/definitions/io.k8s.api.core.v1.Endpoints
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.core.v1.Endpoints

401

Unauthorizedj
x-kubernetes-actionpatch
jK
x-kubernetes-group-version-kind(&group: ""
kind: Endpoints
version: v1
J8
64"2pathThe name of the Endpoints."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringó
%/api/v1/namespaces/{namespace}/eventsÌ§
core_v1list or watch Event objects*listCoreV1NamespacedEventBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJX
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.EventList

401

Unauthorizedj
x-kubernetes-actionlist
jG
x-kubernetes-group-version-kind$"group: ""
kind: Event
version: v1
"¸
core_v1create a Event*createCoreV1NamespacedEventB<
:
8bodybody *(
&#/definitions/io.k8s.api.core.v1.EventBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ’
9
2002
0
OK*
(
&#/definitions/io.k8s.api.core.v1.Event
>
2017
5
Created*
(
&#/definitions/io.k8s.api.core.v1.Event
?
2028
6
Accepted*
(
&#/definitions/io.k8s.api.core.v1.Event

401

Unauthorizedj
x-kubernetes-actionpost
jG
x-kubernetes-group-version-kind$"group: ""
kind: Event
version: v1
*–	
core_v1$delete a collection of Event objects*%deleteCollectionCoreV1NamespacedEventBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jG
x-kubernetes-group-version-kind$"group: ""
kind: Event
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringÈ
,/api/v1/namespaces/{namespace}/events/{name}∏¸
core_v1read the specified Event*readCoreV1NamespacedEventJT
9
2002
0
OK*
(
&#/definitions/io.k8s.api.core.v1.Event

401

Unauthorizedj
x-kubernetes-actionget
jG
x-kubernetes-group-version-kind$"group: ""
kind: Event
version: v1
â
core_v1replace the specified Event*replaceCoreV1NamespacedEventB<
:
8bodybody *(
&#/definitions/io.k8s.api.core.v1.EventBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ’
9
2002
0
OK*
(
&#/definitions/io.k8s.api.core.v1.Event
>
2017
5
Created*
(
&#/definitions/io.k8s.api.core.v1.Event
?
2028
6
Accepted*
(
&#/definitions/io.k8s.api.core.v1.Event

401

Unauthorizedj
x-kubernetes-actionput
jG
x-kubernetes-group-version-kind$"group: ""
kind: Event
version: v1
*Ü
core_v1delete a Event*deleteCoreV1NamespacedEventBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jG
x-kubernetes-group-version-kind$"group: ""
kind: Event
version: v1
B˜
core_v1$partially update the specified Event*patchCoreV1NamespacedEvent:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ’
9
2002
0
OK*
(
&#/definitions/io.k8s.api.core.v1.Event
>
2017
5
Created*
(
&#/definitions/io.k8s.api.core.v1.Event
?
2028
6
Accepted*
(
&#/definitions/io.k8s.api.core.v1.Event

401

Unauthorizedj
x-kubernetes-actionpatch
jG
x-kubernetes-group-version-kind$"group: ""
kind: Event
version: v1
J4
20".pathThe name of the Event."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string‚
*/api/v1/namespaces/{namespace}/limitranges≥∏
core_v1 list or watch LimitRange objects*listCoreV1NamespacedLimitRangeBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ]
B
200;
9
OK3
1
/#/definitions/io.k8s.api.core.v1.LimitRangeList

401

Unauthorizedj
x-kubernetes-actionlist
jL
x-kubernetes-group-version-kind)'group: ""
kind: LimitRange
version: v1
"ü
core_v1create a LimitRange* createCoreV1NamespacedLimitRangeBA
?
=bodybody *-
+#/definitions/io.k8s.api.core.v1.LimitRangeBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.core.v1.LimitRange
C
201<
:
Created/
-
+#/definitions/io.k8s.api.core.v1.LimitRange
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.core.v1.LimitRange

401

Unauthorizedj
x-kubernetes-actionpost
jL
x-kubernetes-group-version-kind)'group: ""
kind: LimitRange
version: v1
*ﬂ	
core_v1)delete a collection of LimitRange objects**deleteCollectionCoreV1NamespacedLimitRangeBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jL
x-kubernetes-group-version-kind)'group: ""
kind: LimitRange
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string◊
1/api/v1/namespaces/{namespace}/limitranges/{name}°ê
core_v1read the specified LimitRange*readCoreV1NamespacedLimitRangeJY
>
2007
5
OK/
-
+#/definitions/io.k8s.api.core.v1.LimitRange

401

Unauthorizedj
x-kubernetes-actionget
jL
x-kubernetes-group-version-kind)'group: ""
kind: LimitRange
version: v1
¨
core_v1 replace the specified LimitRange*!replaceCoreV1NamespacedLimitRangeBA
?
=bodybody *-
+#/definitions/io.k8s.api.core.v1.LimitRangeBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.core.v1.LimitRange
C
201<
:
Created/
-
+#/definitions/io.k8s.api.core.v1.LimitRange
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.core.v1.LimitRange

401

Unauthorizedj
x-kubernetes-actionput
jL
x-kubernetes-group-version-kind)'group: ""
kind: LimitRange
version: v1
*ï
core_v1delete a LimitRange* deleteCoreV1NamespacedLimitRangeBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jL
x-kubernetes-group-version-kind)'group: ""
kind: LimitRange
version: v1
Bï
core_v1)partially update the specified LimitRange*patchCoreV1NamespacedLimitRange:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.core.v1.LimitRange
C
201<
:
Created/
-
+#/definitions/io.k8s.api.core.v1.LimitRange
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.core.v1.LimitRange

401

Unauthorizedj
x-kubernetes-actionpatch
jL
x-kubernetes-group-version-kind)'group: ""
kind: LimitRange
version: v1
J9
75"3pathThe name of the LimitRange."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringá
5/api/v1/namespaces/{namespace}/persistentvolumeclaimsÕ‰
core_v1+list or watch PersistentVolumeClaim objects*)listCoreV1NamespacedPersistentVolumeClaimBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJh
M
200F
D
OK>
<
:#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimList

401

Unauthorizedj
x-kubernetes-actionlist
jW
x-kubernetes-group-version-kind42group: ""
kind: PersistentVolumeClaim
version: v1
"Ï
core_v1create a PersistentVolumeClaim*+createCoreV1NamespacedPersistentVolumeClaimBL
J
Hbodybody *8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim
N
201G
E
Created:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim

401

Unauthorizedj
x-kubernetes-actionpost
jW
x-kubernetes-group-version-kind42group: ""
kind: PersistentVolumeClaim
version: v1
*Ä

core_v14delete a collection of PersistentVolumeClaim objects*5deleteCollectionCoreV1NamespacedPersistentVolumeClaimBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jW
x-kubernetes-group-version-kind42group: ""
kind: PersistentVolumeClaim
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string…
</api/v1/namespaces/{namespace}/persistentvolumeclaims/{name}àº
core_v1(read the specified PersistentVolumeClaim*)readCoreV1NamespacedPersistentVolumeClaimJd
I
200B
@
OK:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim

401

Unauthorizedj
x-kubernetes-actionget
jW
x-kubernetes-group-version-kind42group: ""
kind: PersistentVolumeClaim
version: v1
˘
core_v1+replace the specified PersistentVolumeClaim*,replaceCoreV1NamespacedPersistentVolumeClaimBL
J
Hbodybody *8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim
N
201G
E
Created:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim

401

Unauthorizedj
x-kubernetes-actionput
jW
x-kubernetes-group-version-kind42group: ""
kind: PersistentVolumeClaim
version: v1
*∂
core_v1delete a PersistentVolumeClaim*+deleteCoreV1NamespacedPersistentVolumeClaimBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jW
x-kubernetes-group-version-kind42group: ""
kind: PersistentVolumeClaim
version: v1
B◊
core_v14partially update the specified PersistentVolumeClaim**patchCoreV1NamespacedPersistentVolumeClaim:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim
N
201G
E
Created:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim

401

Unauthorizedj
x-kubernetes-actionpatch
jW
x-kubernetes-group-version-kind42group: ""
kind: PersistentVolumeClaim
version: v1
JD
B@">path&The name of the PersistentVolumeClaim."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string«
C/api/v1/namespaces/{namespace}/persistentvolumeclaims/{name}/statusˇÃ
core_v12read status of the specified PersistentVolumeClaim*/readCoreV1NamespacedPersistentVolumeClaimStatusJd
I
200B
@
OK:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim

401

Unauthorizedj
x-kubernetes-actionget
jW
x-kubernetes-group-version-kind42group: ""
kind: PersistentVolumeClaim
version: v1
â
core_v15replace status of the specified PersistentVolumeClaim*2replaceCoreV1NamespacedPersistentVolumeClaimStatusBL
J
Hbodybody *8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim
N
201G
E
Created:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim

401

Unauthorizedj
x-kubernetes-actionput
jW
x-kubernetes-group-version-kind42group: ""
kind: PersistentVolumeClaim
version: v1
BÁ
core_v1>partially update status of the specified PersistentVolumeClaim*0patchCoreV1NamespacedPersistentVolumeClaimStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim
N
201G
E
Created:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim

401

Unauthorizedj
x-kubernetes-actionpatch
jW
x-kubernetes-group-version-kind42group: ""
kind: PersistentVolumeClaim
version: v1
JD
B@">path&The name of the PersistentVolumeClaim."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string˘
#/api/v1/namespaces/{namespace}/pods—ú
core_v1list or watch Pod objects*listCoreV1NamespacedPodBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJV
;
2004
2
OK,
*
(#/definitions/io.k8s.api.core.v1.PodList

401

Unauthorizedj
x-kubernetes-actionlist
jE
x-kubernetes-group-version-kind" group: ""
kind: Pod
version: v1
"Ó
core_v1create a Pod*createCoreV1NamespacedPodB:
8
6bodybody *&
$#/definitions/io.k8s.api.core.v1.PodBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJœ
7
2000
.
OK(
&
$#/definitions/io.k8s.api.core.v1.Pod
<
2015
3
Created(
&
$#/definitions/io.k8s.api.core.v1.Pod
=
2026
4
Accepted(
&
$#/definitions/io.k8s.api.core.v1.Pod

401

Unauthorizedj
x-kubernetes-actionpost
jE
x-kubernetes-group-version-kind" group: ""
kind: Pod
version: v1
* 	
core_v1"delete a collection of Pod objects*#deleteCollectionCoreV1NamespacedPodBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jE
x-kubernetes-group-version-kind" group: ""
kind: Pod
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringΩ
*/api/v1/namespaces/{namespace}/pods/{name}éÙ
core_v1read the specified Pod*readCoreV1NamespacedPodJR
7
2000
.
OK(
&
$#/definitions/io.k8s.api.core.v1.Pod

401

Unauthorizedj
x-kubernetes-actionget
jE
x-kubernetes-group-version-kind" group: ""
kind: Pod
version: v1
˚
core_v1replace the specified Pod*replaceCoreV1NamespacedPodB:
8
6bodybody *&
$#/definitions/io.k8s.api.core.v1.PodBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJœ
7
2000
.
OK(
&
$#/definitions/io.k8s.api.core.v1.Pod
<
2015
3
Created(
&
$#/definitions/io.k8s.api.core.v1.Pod
=
2026
4
Accepted(
&
$#/definitions/io.k8s.api.core.v1.Pod

401

Unauthorizedj
x-kubernetes-actionput
jE
x-kubernetes-group-version-kind" group: ""
kind: Pod
version: v1
*Ä
core_v1delete a Pod*deleteCoreV1NamespacedPodBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jE
x-kubernetes-group-version-kind" group: ""
kind: Pod
version: v1
BÎ
core_v1"partially update the specified Pod*patchCoreV1NamespacedPod:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJœ
7
2000
.
OK(
&
$#/definitions/io.k8s.api.core.v1.Pod
<
2015
3
Created(
&
$#/definitions/io.k8s.api.core.v1.Pod
=
2026
4
Accepted(
&
$#/definitions/io.k8s.api.core.v1.Pod

401

Unauthorizedj
x-kubernetes-actionpatch
jE
x-kubernetes-group-version-kind" group: ""
kind: Pod
version: v1
J2
0.",pathThe name of the Pod."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringÒ
1/api/v1/namespaces/{namespace}/pods/{name}/statusªÑ
core_v1 read status of the specified Pod*readCoreV1NamespacedPodStatusJR
7
2000
.
OK(
&
$#/definitions/io.k8s.api.core.v1.Pod

401

Unauthorizedj
x-kubernetes-actionget
jE
x-kubernetes-group-version-kind" group: ""
kind: Pod
version: v1
ã
core_v1#replace status of the specified Pod* replaceCoreV1NamespacedPodStatusB:
8
6bodybody *&
$#/definitions/io.k8s.api.core.v1.PodBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJœ
7
2000
.
OK(
&
$#/definitions/io.k8s.api.core.v1.Pod
<
2015
3
Created(
&
$#/definitions/io.k8s.api.core.v1.Pod
=
2026
4
Accepted(
&
$#/definitions/io.k8s.api.core.v1.Pod

401

Unauthorizedj
x-kubernetes-actionput
jE
x-kubernetes-group-version-kind" group: ""
kind: Pod
version: v1
B˚
core_v1,partially update status of the specified Pod*patchCoreV1NamespacedPodStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJœ
7
2000
.
OK(
&
$#/definitions/io.k8s.api.core.v1.Pod
<
2015
3
Created(
&
$#/definitions/io.k8s.api.core.v1.Pod
=
2026
4
Accepted(
&
$#/definitions/io.k8s.api.core.v1.Pod

401

Unauthorizedj
x-kubernetes-actionpatch
jE
x-kubernetes-group-version-kind" group: ""
kind: Pod
version: v1
J2
0.",pathThe name of the Pod."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringá
5/api/v1/namespaces/{namespace}/replicationcontrollersÕ‰
core_v1+list or watch ReplicationController objects*)listCoreV1NamespacedReplicationControllerBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJh
M
200F
D
OK>
<
:#/definitions/io.k8s.api.core.v1.ReplicationControllerList

401

Unauthorizedj
x-kubernetes-actionlist
jW
x-kubernetes-group-version-kind42group: ""
kind: ReplicationController
version: v1
"Ï
core_v1create a ReplicationController*+createCoreV1NamespacedReplicationControllerBL
J
Hbodybody *8
6#/definitions/io.k8s.api.core.v1.ReplicationControllerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController
N
201G
E
Created:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController

401

Unauthorizedj
x-kubernetes-actionpost
jW
x-kubernetes-group-version-kind42group: ""
kind: ReplicationController
version: v1
*Ä

core_v14delete a collection of ReplicationController objects*5deleteCollectionCoreV1NamespacedReplicationControllerBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jW
x-kubernetes-group-version-kind42group: ""
kind: ReplicationController
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string…
</api/v1/namespaces/{namespace}/replicationcontrollers/{name}àº
core_v1(read the specified ReplicationController*)readCoreV1NamespacedReplicationControllerJd
I
200B
@
OK:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController

401

Unauthorizedj
x-kubernetes-actionget
jW
x-kubernetes-group-version-kind42group: ""
kind: ReplicationController
version: v1
˘
core_v1+replace the specified ReplicationController*,replaceCoreV1NamespacedReplicationControllerBL
J
Hbodybody *8
6#/definitions/io.k8s.api.core.v1.ReplicationControllerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController
N
201G
E
Created:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController

401

Unauthorizedj
x-kubernetes-actionput
jW
x-kubernetes-group-version-kind42group: ""
kind: ReplicationController
version: v1
*∂
core_v1delete a ReplicationController*+deleteCoreV1NamespacedReplicationControllerBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jW
x-kubernetes-group-version-kind42group: ""
kind: ReplicationController
version: v1
B◊
core_v14partially update the specified ReplicationController**patchCoreV1NamespacedReplicationController:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController
N
201G
E
Created:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController

401

Unauthorizedj
x-kubernetes-actionpatch
jW
x-kubernetes-group-version-kind42group: ""
kind: ReplicationController
version: v1
JD
B@">path&The name of the ReplicationController."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string„
B/api/v1/namespaces/{namespace}/replicationcontrollers/{name}/scaleú∫
core_v11read scale of the specified ReplicationController*.readCoreV1NamespacedReplicationControllerScaleJ[
@
2009
7
OK1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale

401

Unauthorizedj
x-kubernetes-actionget
jP
x-kubernetes-group-version-kind-+group: autoscaling
kind: Scale
version: v1
‹
core_v14replace scale of the specified ReplicationController*1replaceCoreV1NamespacedReplicationControllerScaleBC
A
?bodybody */
-#/definitions/io.k8s.api.autoscaling.v1.ScaleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÍ
@
2009
7
OK1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
E
201>
<
Created1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
F
202?
=
Accepted1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale

401

Unauthorizedj
x-kubernetes-actionput
jP
x-kubernetes-group-version-kind-+group: autoscaling
kind: Scale
version: v1
B√
core_v1=partially update scale of the specified ReplicationController*/patchCoreV1NamespacedReplicationControllerScale:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÍ
@
2009
7
OK1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
E
201>
<
Created1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
F
202?
=
Accepted1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale

401

Unauthorizedj
x-kubernetes-actionpatch
jP
x-kubernetes-group-version-kind-+group: autoscaling
kind: Scale
version: v1
JD
B@">path&The name of the ReplicationController."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string«
C/api/v1/namespaces/{namespace}/replicationcontrollers/{name}/statusˇÃ
core_v12read status of the specified ReplicationController*/readCoreV1NamespacedReplicationControllerStatusJd
I
200B
@
OK:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController

401

Unauthorizedj
x-kubernetes-actionget
jW
x-kubernetes-group-version-kind42group: ""
kind: ReplicationController
version: v1
â
core_v15replace status of the specified ReplicationController*2replaceCoreV1NamespacedReplicationControllerStatusBL
J
Hbodybody *8
6#/definitions/io.k8s.api.core.v1.ReplicationControllerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController
N
201G
E
Created:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController

401

Unauthorizedj
x-kubernetes-actionput
jW
x-kubernetes-group-version-kind42group: ""
kind: ReplicationController
version: v1
BÁ
core_v1>partially update status of the specified ReplicationController*0patchCoreV1NamespacedReplicationControllerStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController
N
201G
E
Created:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController

401

Unauthorizedj
x-kubernetes-actionpatch
jW
x-kubernetes-group-version-kind42group: ""
kind: ReplicationController
version: v1
JD
B@">path&The name of the ReplicationController."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringè
-/api/v1/namespaces/{namespace}/resourcequotas›ƒ
core_v1#list or watch ResourceQuota objects*!listCoreV1NamespacedResourceQuotaBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ`
E
200>
<
OK6
4
2#/definitions/io.k8s.api.core.v1.ResourceQuotaList

401

Unauthorizedj
x-kubernetes-actionlist
jO
x-kubernetes-group-version-kind,*group: ""
kind: ResourceQuota
version: v1
"¥
core_v1create a ResourceQuota*#createCoreV1NamespacedResourceQuotaBD
B
@bodybody *0
.#/definitions/io.k8s.api.core.v1.ResourceQuotaBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÌ
A
200:
8
OK2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota
F
201?
=
Created2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota
G
202@
>
Accepted2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota

401

Unauthorizedj
x-kubernetes-actionpost
jO
x-kubernetes-group-version-kind,*group: ""
kind: ResourceQuota
version: v1
*Ë	
core_v1,delete a collection of ResourceQuota objects*-deleteCollectionCoreV1NamespacedResourceQuotaBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jO
x-kubernetes-group-version-kind,*group: ""
kind: ResourceQuota
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringô
4/api/v1/namespaces/{namespace}/resourcequotas/{name}‡ú
core_v1 read the specified ResourceQuota*!readCoreV1NamespacedResourceQuotaJ\
A
200:
8
OK2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota

401

Unauthorizedj
x-kubernetes-actionget
jO
x-kubernetes-group-version-kind,*group: ""
kind: ResourceQuota
version: v1
¡
core_v1#replace the specified ResourceQuota*$replaceCoreV1NamespacedResourceQuotaBD
B
@bodybody *0
.#/definitions/io.k8s.api.core.v1.ResourceQuotaBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÌ
A
200:
8
OK2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota
F
201?
=
Created2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota
G
202@
>
Accepted2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota

401

Unauthorizedj
x-kubernetes-actionput
jO
x-kubernetes-group-version-kind,*group: ""
kind: ResourceQuota
version: v1
*û
core_v1delete a ResourceQuota*#deleteCoreV1NamespacedResourceQuotaBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jO
x-kubernetes-group-version-kind,*group: ""
kind: ResourceQuota
version: v1
Bß
core_v1,partially update the specified ResourceQuota*"patchCoreV1NamespacedResourceQuota:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÌ
A
200:
8
OK2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota
F
201?
=
Created2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota
G
202@
>
Accepted2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota

401

Unauthorizedj
x-kubernetes-actionpatch
jO
x-kubernetes-group-version-kind,*group: ""
kind: ResourceQuota
version: v1
J<
:8"6pathThe name of the ResourceQuota."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringØ
;/api/v1/namespaces/{namespace}/resourcequotas/{name}/statusÔ¨
core_v1*read status of the specified ResourceQuota*'readCoreV1NamespacedResourceQuotaStatusJ\
A
200:
8
OK2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota

401

Unauthorizedj
x-kubernetes-actionget
jO
x-kubernetes-group-version-kind,*group: ""
kind: ResourceQuota
version: v1
—
core_v1-replace status of the specified ResourceQuota**replaceCoreV1NamespacedResourceQuotaStatusBD
B
@bodybody *0
.#/definitions/io.k8s.api.core.v1.ResourceQuotaBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÌ
A
200:
8
OK2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota
F
201?
=
Created2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota
G
202@
>
Accepted2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota

401

Unauthorizedj
x-kubernetes-actionput
jO
x-kubernetes-group-version-kind,*group: ""
kind: ResourceQuota
version: v1
B∑
core_v16partially update status of the specified ResourceQuota*(patchCoreV1NamespacedResourceQuotaStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÌ
A
200:
8
OK2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota
F
201?
=
Created2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota
G
202@
>
Accepted2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota

401

Unauthorizedj
x-kubernetes-actionpatch
jO
x-kubernetes-group-version-kind,*group: ""
kind: ResourceQuota
version: v1
J<
:8"6pathThe name of the ResourceQuota."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string¶
&/api/v1/namespaces/{namespace}/secrets˚®
core_v1list or watch Secret objects*listCoreV1NamespacedSecretBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJY
>
2007
5
OK/
-
+#/definitions/io.k8s.api.core.v1.SecretList

401

Unauthorizedj
x-kubernetes-actionlist
jH
x-kubernetes-group-version-kind%#group: ""
kind: Secret
version: v1
"É
core_v1create a Secret*createCoreV1NamespacedSecretB=
;
9bodybody *)
'#/definitions/io.k8s.api.core.v1.SecretBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÿ
:
2003
1
OK+
)
'#/definitions/io.k8s.api.core.v1.Secret
?
2018
6
Created+
)
'#/definitions/io.k8s.api.core.v1.Secret
@
2029
7
Accepted+
)
'#/definitions/io.k8s.api.core.v1.Secret

401

Unauthorizedj
x-kubernetes-actionpost
jH
x-kubernetes-group-version-kind%#group: ""
kind: Secret
version: v1
*”	
core_v1%delete a collection of Secret objects*&deleteCollectionCoreV1NamespacedSecretBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jH
x-kubernetes-group-version-kind%#group: ""
kind: Secret
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringˇ
-/api/v1/namespaces/{namespace}/secrets/{name}ÕÄ
core_v1read the specified Secret*readCoreV1NamespacedSecretJU
:
2003
1
OK+
)
'#/definitions/io.k8s.api.core.v1.Secret

401

Unauthorizedj
x-kubernetes-actionget
jH
x-kubernetes-group-version-kind%#group: ""
kind: Secret
version: v1
ê
core_v1replace the specified Secret*replaceCoreV1NamespacedSecretB=
;
9bodybody *)
'#/definitions/io.k8s.api.core.v1.SecretBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÿ
:
2003
1
OK+
)
'#/definitions/io.k8s.api.core.v1.Secret
?
2018
6
Created+
)
'#/definitions/io.k8s.api.core.v1.Secret
@
2029
7
Accepted+
)
'#/definitions/io.k8s.api.core.v1.Secret

401

Unauthorizedj
x-kubernetes-actionput
jH
x-kubernetes-group-version-kind%#group: ""
kind: Secret
version: v1
*â
core_v1delete a Secret*deleteCoreV1NamespacedSecretBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jH
x-kubernetes-group-version-kind%#group: ""
kind: Secret
version: v1
B˝
core_v1%partially update the specified Secret*patchCoreV1NamespacedSecret:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÿ
:
2003
1
OK+
)
'#/definitions/io.k8s.api.core.v1.Secret
?
2018
6
Created+
)
'#/definitions/io.k8s.api.core.v1.Secret
@
2029
7
Accepted+
)
'#/definitions/io.k8s.api.core.v1.Secret

401

Unauthorizedj
x-kubernetes-actionpatch
jH
x-kubernetes-group-version-kind%#group: ""
kind: Secret
version: v1
J5
31"/pathThe name of the Secret."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringû
./api/v1/namespaces/{namespace}/serviceaccountsÎ»
core_v1$list or watch ServiceAccount objects*"listCoreV1NamespacedServiceAccountBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJa
F
200?
=
OK7
5
3#/definitions/io.k8s.api.core.v1.ServiceAccountList

401

Unauthorizedj
x-kubernetes-actionlist
jP
x-kubernetes-group-version-kind-+group: ""
kind: ServiceAccount
version: v1
"ª
core_v1create a ServiceAccount*$createCoreV1NamespacedServiceAccountBE
C
Abodybody *1
/#/definitions/io.k8s.api.core.v1.ServiceAccountBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ
B
200;
9
OK3
1
/#/definitions/io.k8s.api.core.v1.ServiceAccount
G
201@
>
Created3
1
/#/definitions/io.k8s.api.core.v1.ServiceAccount
H
202A
?
Accepted3
1
/#/definitions/io.k8s.api.core.v1.ServiceAccount

401

Unauthorizedj
x-kubernetes-actionpost
jP
x-kubernetes-group-version-kind-+group: ""
kind: ServiceAccount
version: v1
*Î	
core_v1-delete a collection of ServiceAccount objects*.deleteCollectionCoreV1NamespacedServiceAccountBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jP
x-kubernetes-group-version-kind-+group: ""
kind: ServiceAccount
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringØ
5/api/v1/namespaces/{namespace}/serviceaccounts/{name}ı†
core_v1!read the specified ServiceAccount*"readCoreV1NamespacedServiceAccountJ]
B
200;
9
OK3
1
/#/definitions/io.k8s.api.core.v1.ServiceAccount

401

Unauthorizedj
x-kubernetes-actionget
jP
x-kubernetes-group-version-kind-+group: ""
kind: ServiceAccount
version: v1
»
core_v1$replace the specified ServiceAccount*%replaceCoreV1NamespacedServiceAccountBE
C
Abodybody *1
/#/definitions/io.k8s.api.core.v1.ServiceAccountBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ
B
200;
9
OK3
1
/#/definitions/io.k8s.api.core.v1.ServiceAccount
G
201@
>
Created3
1
/#/definitions/io.k8s.api.core.v1.ServiceAccount
H
202A
?
Accepted3
1
/#/definitions/io.k8s.api.core.v1.ServiceAccount

401

Unauthorizedj
x-kubernetes-actionput
jP
x-kubernetes-group-version-kind-+group: ""
kind: ServiceAccount
version: v1
*°
core_v1delete a ServiceAccount*$deleteCoreV1NamespacedServiceAccountBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jP
x-kubernetes-group-version-kind-+group: ""
kind: ServiceAccount
version: v1
B≠
core_v1-partially update the specified ServiceAccount*#patchCoreV1NamespacedServiceAccount:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ
B
200;
9
OK3
1
/#/definitions/io.k8s.api.core.v1.ServiceAccount
G
201@
>
Created3
1
/#/definitions/io.k8s.api.core.v1.ServiceAccount
H
202A
?
Accepted3
1
/#/definitions/io.k8s.api.core.v1.ServiceAccount

401

Unauthorizedj
x-kubernetes-actionpatch
jP
x-kubernetes-group-version-kind-+group: ""
kind: ServiceAccount
version: v1
J=
;9"7pathThe name of the ServiceAccount."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringµ
'/api/v1/namespaces/{namespace}/servicesâ¨
core_v1list or watch Service objects*listCoreV1NamespacedServiceBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJZ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.core.v1.ServiceList

401

Unauthorizedj
x-kubernetes-actionlist
jI
x-kubernetes-group-version-kind&$group: ""
kind: Service
version: v1
"ä
core_v1create a Service*createCoreV1NamespacedServiceB>
<
:bodybody **
(#/definitions/io.k8s.api.core.v1.ServiceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ€
;
2004
2
OK,
*
(#/definitions/io.k8s.api.core.v1.Service
@
2019
7
Created,
*
(#/definitions/io.k8s.api.core.v1.Service
A
202:
8
Accepted,
*
(#/definitions/io.k8s.api.core.v1.Service

401

Unauthorizedj
x-kubernetes-actionpost
jI
x-kubernetes-group-version-kind&$group: ""
kind: Service
version: v1
*÷	
core_v1&delete a collection of Service objects*'deleteCollectionCoreV1NamespacedServiceBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jI
x-kubernetes-group-version-kind&$group: ""
kind: Service
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringï
./api/v1/namespaces/{namespace}/services/{name}‚Ñ
core_v1read the specified Service*readCoreV1NamespacedServiceJV
;
2004
2
OK,
*
(#/definitions/io.k8s.api.core.v1.Service

401

Unauthorizedj
x-kubernetes-actionget
jI
x-kubernetes-group-version-kind&$group: ""
kind: Service
version: v1
ó
core_v1replace the specified Service*replaceCoreV1NamespacedServiceB>
<
:bodybody **
(#/definitions/io.k8s.api.core.v1.ServiceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ€
;
2004
2
OK,
*
(#/definitions/io.k8s.api.core.v1.Service
@
2019
7
Created,
*
(#/definitions/io.k8s.api.core.v1.Service
A
202:
8
Accepted,
*
(#/definitions/io.k8s.api.core.v1.Service

401

Unauthorizedj
x-kubernetes-actionput
jI
x-kubernetes-group-version-kind&$group: ""
kind: Service
version: v1
*å
core_v1delete a Service*deleteCoreV1NamespacedServiceBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jI
x-kubernetes-group-version-kind&$group: ""
kind: Service
version: v1
BÉ
core_v1&partially update the specified Service*patchCoreV1NamespacedService:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ€
;
2004
2
OK,
*
(#/definitions/io.k8s.api.core.v1.Service
@
2019
7
Created,
*
(#/definitions/io.k8s.api.core.v1.Service
A
202:
8
Accepted,
*
(#/definitions/io.k8s.api.core.v1.Service

401

Unauthorizedj
x-kubernetes-actionpatch
jI
x-kubernetes-group-version-kind&$group: ""
kind: Service
version: v1
J6
42"0pathThe name of the Service."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringΩ
5/api/v1/namespaces/{namespace}/services/{name}/statusÉî
core_v1$read status of the specified Service*!readCoreV1NamespacedServiceStatusJV
;
2004
2
OK,
*
(#/definitions/io.k8s.api.core.v1.Service

401

Unauthorizedj
x-kubernetes-actionget
jI
x-kubernetes-group-version-kind&$group: ""
kind: Service
version: v1
ß
core_v1'replace status of the specified Service*$replaceCoreV1NamespacedServiceStatusB>
<
:bodybody **
(#/definitions/io.k8s.api.core.v1.ServiceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ€
;
2004
2
OK,
*
(#/definitions/io.k8s.api.core.v1.Service
@
2019
7
Created,
*
(#/definitions/io.k8s.api.core.v1.Service
A
202:
8
Accepted,
*
(#/definitions/io.k8s.api.core.v1.Service

401

Unauthorizedj
x-kubernetes-actionput
jI
x-kubernetes-group-version-kind&$group: ""
kind: Service
version: v1
Bì
core_v10partially update status of the specified Service*"patchCoreV1NamespacedServiceStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ€
;
2004
2
OK,
*
(#/definitions/io.k8s.api.core.v1.Service
@
2019
7
Created,
*
(#/definitions/io.k8s.api.core.v1.Service
A
202:
8
Accepted,
*
(#/definitions/io.k8s.api.core.v1.Service

401

Unauthorizedj
x-kubernetes-actionpatch
jI
x-kubernetes-group-version-kind&$group: ""
kind: Service
version: v1
J6
42"0pathThe name of the Service."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string¡
/api/v1/namespaces/{name}£Ç
core_v1read the specified Namespace*readCoreV1NamespaceJX
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.Namespace

401

Unauthorizedj
x-kubernetes-actionget
jK
x-kubernetes-group-version-kind(&group: ""
kind: Namespace
version: v1
õ
core_v1replace the specified Namespace*replaceCoreV1NamespaceB@
>
<bodybody *,
*#/definitions/io.k8s.api.core.v1.NamespaceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.Namespace
B
201;
9
Created.
,
*#/definitions/io.k8s.api.core.v1.Namespace
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.core.v1.Namespace

401

Unauthorizedj
x-kubernetes-actionput
jK
x-kubernetes-group-version-kind(&group: ""
kind: Namespace
version: v1
*à
core_v1delete a Namespace*deleteCoreV1NamespaceBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jK
x-kubernetes-group-version-kind(&group: ""
kind: Namespace
version: v1
BÖ
core_v1(partially update the specified Namespace*patchCoreV1Namespace:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.Namespace
B
201;
9
Created.
,
*#/definitions/io.k8s.api.core.v1.Namespace
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.core.v1.Namespace

401

Unauthorizedj
x-kubernetes-actionpatch
jK
x-kubernetes-group-version-kind(&group: ""
kind: Namespace
version: v1
J8
64"2pathThe name of the Namespace."name*stringJ1
/-+queryIndent the output."pretty2stringÌ
 /api/v1/namespaces/{name}/status»í
core_v1&read status of the specified Namespace*readCoreV1NamespaceStatusJX
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.Namespace

401

Unauthorizedj
x-kubernetes-actionget
jK
x-kubernetes-group-version-kind(&group: ""
kind: Namespace
version: v1
´
core_v1)replace status of the specified Namespace*replaceCoreV1NamespaceStatusB@
>
<bodybody *,
*#/definitions/io.k8s.api.core.v1.NamespaceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.Namespace
B
201;
9
Created.
,
*#/definitions/io.k8s.api.core.v1.Namespace
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.core.v1.Namespace

401

Unauthorizedj
x-kubernetes-actionput
jK
x-kubernetes-group-version-kind(&group: ""
kind: Namespace
version: v1
Bï
core_v12partially update status of the specified Namespace*patchCoreV1NamespaceStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.core.v1.Namespace
B
201;
9
Created.
,
*#/definitions/io.k8s.api.core.v1.Namespace
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.core.v1.Namespace

401

Unauthorizedj
x-kubernetes-actionpatch
jK
x-kubernetes-group-version-kind(&group: ""
kind: Namespace
version: v1
J8
64"2pathThe name of the Namespace."name*stringJ1
/-+queryIndent the output."pretty2stringí
/api/v1/nodesÄñ
core_v1list or watch Node objects*listCoreV1NodeBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJW
<
2005
3
OK-
+
)#/definitions/io.k8s.api.core.v1.NodeList

401

Unauthorizedj
x-kubernetes-actionlist
jF
x-kubernetes-group-version-kind#!group: ""
kind: Node
version: v1
"Î
core_v1create a Node*createCoreV1NodeB;
9
7bodybody *'
%#/definitions/io.k8s.api.core.v1.NodeBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ“
8
2001
/
OK)
'
%#/definitions/io.k8s.api.core.v1.Node
=
2016
4
Created)
'
%#/definitions/io.k8s.api.core.v1.Node
>
2027
5
Accepted)
'
%#/definitions/io.k8s.api.core.v1.Node

401

Unauthorizedj
x-kubernetes-actionpost
jF
x-kubernetes-group-version-kind#!group: ""
kind: Node
version: v1
*√	
core_v1#delete a collection of Node objects*deleteCollectionCoreV1NodeBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jF
x-kubernetes-group-version-kind#!group: ""
kind: Node
version: v1
J1
/-+queryIndent the output."pretty2string”
/api/v1/nodes/{name}∫Ó
core_v1read the specified Node*readCoreV1NodeJS
8
2001
/
OK)
'
%#/definitions/io.k8s.api.core.v1.Node

401

Unauthorizedj
x-kubernetes-actionget
jF
x-kubernetes-group-version-kind#!group: ""
kind: Node
version: v1
¯
core_v1replace the specified Node*replaceCoreV1NodeB;
9
7bodybody *'
%#/definitions/io.k8s.api.core.v1.NodeBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ“
8
2001
/
OK)
'
%#/definitions/io.k8s.api.core.v1.Node
=
2016
4
Created)
'
%#/definitions/io.k8s.api.core.v1.Node
>
2027
5
Accepted)
'
%#/definitions/io.k8s.api.core.v1.Node

401

Unauthorizedj
x-kubernetes-actionput
jF
x-kubernetes-group-version-kind#!group: ""
kind: Node
version: v1
*˘
core_v1delete a Node*deleteCoreV1NodeBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jF
x-kubernetes-group-version-kind#!group: ""
kind: Node
version: v1
BÁ
core_v1#partially update the specified Node*patchCoreV1Node:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ“
8
2001
/
OK)
'
%#/definitions/io.k8s.api.core.v1.Node
=
2016
4
Created)
'
%#/definitions/io.k8s.api.core.v1.Node
>
2027
5
Accepted)
'
%#/definitions/io.k8s.api.core.v1.Node

401

Unauthorizedj
x-kubernetes-actionpatch
jF
x-kubernetes-group-version-kind#!group: ""
kind: Node
version: v1
J3
1/"-pathThe name of the Node."name*stringJ1
/-+queryIndent the output."pretty2stringé
/api/v1/nodes/{name}/statusÓ˛
core_v1!read status of the specified Node*readCoreV1NodeStatusJS
8
2001
/
OK)
'
%#/definitions/io.k8s.api.core.v1.Node

401

Unauthorizedj
x-kubernetes-actionget
jF
x-kubernetes-group-version-kind#!group: ""
kind: Node
version: v1
à
core_v1$replace status of the specified Node*replaceCoreV1NodeStatusB;
9
7bodybody *'
%#/definitions/io.k8s.api.core.v1.NodeBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ“
8
2001
/
OK)
'
%#/definitions/io.k8s.api.core.v1.Node
=
2016
4
Created)
'
%#/definitions/io.k8s.api.core.v1.Node
>
2027
5
Accepted)
'
%#/definitions/io.k8s.api.core.v1.Node

401

Unauthorizedj
x-kubernetes-actionput
jF
x-kubernetes-group-version-kind#!group: ""
kind: Node
version: v1
B˜
core_v1-partially update status of the specified Node*patchCoreV1NodeStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ“
8
2001
/
OK)
'
%#/definitions/io.k8s.api.core.v1.Node
=
2016
4
Created)
'
%#/definitions/io.k8s.api.core.v1.Node
>
2027
5
Accepted)
'
%#/definitions/io.k8s.api.core.v1.Node

401

Unauthorizedj
x-kubernetes-actionpatch
jF
x-kubernetes-group-version-kind#!group: ""
kind: Node
version: v1
J3
1/"-pathThe name of the Node."name*stringJ1
/-+queryIndent the output."pretty2string÷
/api/v1/persistentvolumeclaims≥˝
core_v1>list or watch PersistentVolumeClaim objects in every namespace*/listCoreV1PersistentVolumeClaimForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJh
M
200F
D
OK>
<
:#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimList

401

Unauthorizedj
x-kubernetes-actionlist
jW
x-kubernetes-group-version-kind42group: ""
kind: PersistentVolumeClaim
version: v1
J1
/-+queryIndent the output."pretty2string∆
/api/v1/persistentvolumes®∆
core_v1&list or watch PersistentVolume objects*listCoreV1PersistentVolumeBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJc
H
200A
?
OK9
7
5#/definitions/io.k8s.api.core.v1.PersistentVolumeList

401

Unauthorizedj
x-kubernetes-actionlist
jR
x-kubernetes-group-version-kind/-group: ""
kind: PersistentVolume
version: v1
"ø
core_v1create a PersistentVolume*createCoreV1PersistentVolumeBG
E
Cbodybody *3
1#/definitions/io.k8s.api.core.v1.PersistentVolumeBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJˆ
D
200=
;
OK5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume
I
201B
@
Created5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume
J
202C
A
Accepted5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume

401

Unauthorizedj
x-kubernetes-actionpost
jR
x-kubernetes-group-version-kind/-group: ""
kind: PersistentVolume
version: v1
*Á	
core_v1/delete a collection of PersistentVolume objects*&deleteCollectionCoreV1PersistentVolumeBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jR
x-kubernetes-group-version-kind/-group: ""
kind: PersistentVolume
version: v1
J1
/-+queryIndent the output."pretty2string€
 /api/v1/persistentvolumes/{name}∂û
core_v1#read the specified PersistentVolume*readCoreV1PersistentVolumeJ_
D
200=
;
OK5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume

401

Unauthorizedj
x-kubernetes-actionget
jR
x-kubernetes-group-version-kind/-group: ""
kind: PersistentVolume
version: v1
Ã
core_v1&replace the specified PersistentVolume*replaceCoreV1PersistentVolumeBG
E
Cbodybody *3
1#/definitions/io.k8s.api.core.v1.PersistentVolumeBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJˆ
D
200=
;
OK5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume
I
201B
@
Created5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume
J
202C
A
Accepted5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume

401

Unauthorizedj
x-kubernetes-actionput
jR
x-kubernetes-group-version-kind/-group: ""
kind: PersistentVolume
version: v1
*ù
core_v1delete a PersistentVolume*deleteCoreV1PersistentVolumeBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jR
x-kubernetes-group-version-kind/-group: ""
kind: PersistentVolume
version: v1
BØ
core_v1/partially update the specified PersistentVolume*patchCoreV1PersistentVolume:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJˆ
D
200=
;
OK5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume
I
201B
@
Created5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume
J
202C
A
Accepted5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume

401

Unauthorizedj
x-kubernetes-actionpatch
jR
x-kubernetes-group-version-kind/-group: ""
kind: PersistentVolume
version: v1
J?
=;"9path!The name of the PersistentVolume."name*stringJ1
/-+queryIndent the output."pretty2stringÚ
'/api/v1/persistentvolumes/{name}/status∆Æ
core_v1-read status of the specified PersistentVolume* readCoreV1PersistentVolumeStatusJ_
D
200=
;
OK5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume

401

Unauthorizedj
x-kubernetes-actionget
jR
x-kubernetes-group-version-kind/-group: ""
kind: PersistentVolume
version: v1
‹
core_v10replace status of the specified PersistentVolume*#replaceCoreV1PersistentVolumeStatusBG
E
Cbodybody *3
1#/definitions/io.k8s.api.core.v1.PersistentVolumeBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJˆ
D
200=
;
OK5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume
I
201B
@
Created5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume
J
202C
A
Accepted5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume

401

Unauthorizedj
x-kubernetes-actionput
jR
x-kubernetes-group-version-kind/-group: ""
kind: PersistentVolume
version: v1
Bø
core_v19partially update status of the specified PersistentVolume*!patchCoreV1PersistentVolumeStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJˆ
D
200=
;
OK5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume
I
201B
@
Created5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume
J
202C
A
Accepted5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume

401

Unauthorizedj
x-kubernetes-actionpatch
jR
x-kubernetes-group-version-kind/-group: ""
kind: PersistentVolume
version: v1
J?
=;"9path!The name of the PersistentVolume."name*stringJ1
/-+queryIndent the output."pretty2string¸
/api/v1/podsÎµ
core_v1,list or watch Pod objects in every namespace*listCoreV1PodForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJV
;
2004
2
OK,
*
(#/definitions/io.k8s.api.core.v1.PodList

401

Unauthorizedj
x-kubernetes-actionlist
jE
x-kubernetes-group-version-kind" group: ""
kind: Pod
version: v1
J1
/-+queryIndent the output."pretty2string÷
/api/v1/replicationcontrollers≥˝
core_v1>list or watch ReplicationController objects in every namespace*/listCoreV1ReplicationControllerForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJh
M
200F
D
OK>
<
:#/definitions/io.k8s.api.core.v1.ReplicationControllerList

401

Unauthorizedj
x-kubernetes-actionlist
jW
x-kubernetes-group-version-kind42group: ""
kind: ReplicationController
version: v1
J1
/-+queryIndent the output."pretty2stringÆ
/api/v1/resourcequotasì›
core_v16list or watch ResourceQuota objects in every namespace*'listCoreV1ResourceQuotaForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ`
E
200>
<
OK6
4
2#/definitions/io.k8s.api.core.v1.ResourceQuotaList

401

Unauthorizedj
x-kubernetes-actionlist
jO
x-kubernetes-group-version-kind,*group: ""
kind: ResourceQuota
version: v1
J1
/-+queryIndent the output."pretty2stringã
/api/v1/secrets˜¡
core_v1/list or watch Secret objects in every namespace* listCoreV1SecretForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJY
>
2007
5
OK/
-
+#/definitions/io.k8s.api.core.v1.SecretList

401

Unauthorizedj
x-kubernetes-actionlist
jH
x-kubernetes-group-version-kind%#group: ""
kind: Secret
version: v1
J1
/-+queryIndent the output."pretty2string≥
/api/v1/serviceaccountsó·
core_v17list or watch ServiceAccount objects in every namespace*(listCoreV1ServiceAccountForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJa
F
200?
=
OK7
5
3#/definitions/io.k8s.api.core.v1.ServiceAccountList

401

Unauthorizedj
x-kubernetes-actionlist
jP
x-kubernetes-group-version-kind-+group: ""
kind: ServiceAccount
version: v1
J1
/-+queryIndent the output."pretty2stringê
/api/v1/services˚≈
core_v10list or watch Service objects in every namespace*!listCoreV1ServiceForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJZ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.core.v1.ServiceList

401

Unauthorizedj
x-kubernetes-actionlist
jI
x-kubernetes-group-version-kind&$group: ""
kind: Service
version: v1
J1
/-+queryIndent the output."pretty2string¢
C/apis/admissionregistration.k8s.io/v1/mutatingwebhookconfigurations⁄ƒ
admissionregistration_v12list or watch MutatingWebhookConfiguration objects*7listAdmissionregistrationV1MutatingWebhookConfigurationBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJÄ
e
200^
\
OKV
T
R#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationList

401

Unauthorizedj
x-kubernetes-actionlist
jx
x-kubernetes-group-version-kindUSgroup: admissionregistration.k8s.io
kind: MutatingWebhookConfiguration
version: v1
"ì
admissionregistration_v1%create a MutatingWebhookConfiguration*9createAdmissionregistrationV1MutatingWebhookConfigurationBd
b
`bodybody *P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÕ
a
200Z
X
OKR
P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration
f
201_
]
CreatedR
P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration
g
202`
^
AcceptedR
P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration

401

Unauthorizedj
x-kubernetes-actionpost
jx
x-kubernetes-group-version-kindUSgroup: admissionregistration.k8s.io
kind: MutatingWebhookConfiguration
version: v1
*«

admissionregistration_v1;delete a collection of MutatingWebhookConfiguration objects*CdeleteCollectionAdmissionregistrationV1MutatingWebhookConfigurationBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jx
x-kubernetes-group-version-kindUSgroup: admissionregistration.k8s.io
kind: MutatingWebhookConfiguration
version: v1
J1
/-+queryIndent the output."pretty2string˘
J/apis/admissionregistration.k8s.io/v1/mutatingwebhookconfigurations/{name}™õ
admissionregistration_v1/read the specified MutatingWebhookConfiguration*7readAdmissionregistrationV1MutatingWebhookConfigurationJ|
a
200Z
X
OKR
P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration

401

Unauthorizedj
x-kubernetes-actionget
jx
x-kubernetes-group-version-kindUSgroup: admissionregistration.k8s.io
kind: MutatingWebhookConfiguration
version: v1
†
admissionregistration_v12replace the specified MutatingWebhookConfiguration*:replaceAdmissionregistrationV1MutatingWebhookConfigurationBd
b
`bodybody *P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÕ
a
200Z
X
OKR
P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration
f
201_
]
CreatedR
P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration
g
202`
^
AcceptedR
P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration

401

Unauthorizedj
x-kubernetes-actionput
jx
x-kubernetes-group-version-kindUSgroup: admissionregistration.k8s.io
kind: MutatingWebhookConfiguration
version: v1
*˝
admissionregistration_v1%delete a MutatingWebhookConfiguration*9deleteAdmissionregistrationV1MutatingWebhookConfigurationBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jx
x-kubernetes-group-version-kindUSgroup: admissionregistration.k8s.io
kind: MutatingWebhookConfiguration
version: v1
BÊ	
admissionregistration_v1;partially update the specified MutatingWebhookConfiguration*8patchAdmissionregistrationV1MutatingWebhookConfiguration:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÕ
a
200Z
X
OKR
P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration
f
201_
]
CreatedR
P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration
g
202`
^
AcceptedR
P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration

401

Unauthorizedj
x-kubernetes-actionpatch
jx
x-kubernetes-group-version-kindUSgroup: admissionregistration.k8s.io
kind: MutatingWebhookConfiguration
version: v1
JK
IG"Epath-The name of the MutatingWebhookConfiguration."name*stringJ1
/-+queryIndent the output."pretty2string¿
E/apis/admissionregistration.k8s.io/v1/validatingwebhookconfigurationsˆÃ
admissionregistration_v14list or watch ValidatingWebhookConfiguration objects*9listAdmissionregistrationV1ValidatingWebhookConfigurationBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJÇ
g
200`
^
OKX
V
T#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationList

401

Unauthorizedj
x-kubernetes-actionlist
jz
x-kubernetes-group-version-kindWUgroup: admissionregistration.k8s.io
kind: ValidatingWebhookConfiguration
version: v1
"°
admissionregistration_v1'create a ValidatingWebhookConfiguration*;createAdmissionregistrationV1ValidatingWebhookConfigurationBf
d
bbodybody *R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ”
c
200\
Z
OKT
R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration
h
201a
_
CreatedT
R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration
i
202b
`
AcceptedT
R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration

401

Unauthorizedj
x-kubernetes-actionpost
jz
x-kubernetes-group-version-kindWUgroup: admissionregistration.k8s.io
kind: ValidatingWebhookConfiguration
version: v1
*Õ

admissionregistration_v1=delete a collection of ValidatingWebhookConfiguration objects*EdeleteCollectionAdmissionregistrationV1ValidatingWebhookConfigurationBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jz
x-kubernetes-group-version-kindWUgroup: admissionregistration.k8s.io
kind: ValidatingWebhookConfiguration
version: v1
J1
/-+queryIndent the output."pretty2string•
L/apis/admissionregistration.k8s.io/v1/validatingwebhookconfigurations/{name}‘£
admissionregistration_v11read the specified ValidatingWebhookConfiguration*9readAdmissionregistrationV1ValidatingWebhookConfigurationJ~
c
200\
Z
OKT
R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration

401

Unauthorizedj
x-kubernetes-actionget
jz
x-kubernetes-group-version-kindWUgroup: admissionregistration.k8s.io
kind: ValidatingWebhookConfiguration
version: v1
Æ
admissionregistration_v14replace the specified ValidatingWebhookConfiguration*<replaceAdmissionregistrationV1ValidatingWebhookConfigurationBf
d
bbodybody *R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ”
c
200\
Z
OKT
R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration
h
201a
_
CreatedT
R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration
i
202b
`
AcceptedT
R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration

401

Unauthorizedj
x-kubernetes-actionput
jz
x-kubernetes-group-version-kindWUgroup: admissionregistration.k8s.io
kind: ValidatingWebhookConfiguration
version: v1
*É
admissionregistration_v1'delete a ValidatingWebhookConfiguration*;deleteAdmissionregistrationV1ValidatingWebhookConfigurationBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jz
x-kubernetes-group-version-kindWUgroup: admissionregistration.k8s.io
kind: ValidatingWebhookConfiguration
version: v1
BÚ	
admissionregistration_v1=partially update the specified ValidatingWebhookConfiguration*:patchAdmissionregistrationV1ValidatingWebhookConfiguration:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ”
c
200\
Z
OKT
R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration
h
201a
_
CreatedT
R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration
i
202b
`
AcceptedT
R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration

401

Unauthorizedj
x-kubernetes-actionpatch
jz
x-kubernetes-group-version-kindWUgroup: admissionregistration.k8s.io
kind: ValidatingWebhookConfiguration
version: v1
JM
KI"Gpath/The name of the ValidatingWebhookConfiguration."name*stringJ1
/-+queryIndent the output."pretty2string¢
+/apis/apiregistration.k8s.io/v1/apiservicesÚ¯
apiregistration_v1 list or watch APIService objects*listApiregistrationV1APIServiceBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ}
b
200[
Y
OKS
Q
O#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceList

401

Unauthorizedj
x-kubernetes-actionlist
j`
x-kubernetes-group-version-kind=;group: apiregistration.k8s.io
kind: APIService
version: v1
"ø
apiregistration_v1create a APIService*!createApiregistrationV1APIServiceBa
_
]bodybody *M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJƒ
^
200W
U
OKO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService
c
201\
Z
CreatedO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService
d
202]
[
AcceptedO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService

401

Unauthorizedj
x-kubernetes-actionpost
j`
x-kubernetes-group-version-kind=;group: apiregistration.k8s.io
kind: APIService
version: v1
*ˇ	
apiregistration_v1)delete a collection of APIService objects*+deleteCollectionApiregistrationV1APIServiceBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
j`
x-kubernetes-group-version-kind=;group: apiregistration.k8s.io
kind: APIService
version: v1
J1
/-+queryIndent the output."pretty2stringó
2/apis/apiregistration.k8s.io/v1/apiservices/{name}‡–
apiregistration_v1read the specified APIService*readApiregistrationV1APIServiceJy
^
200W
U
OKO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService

401

Unauthorizedj
x-kubernetes-actionget
j`
x-kubernetes-group-version-kind=;group: apiregistration.k8s.io
kind: APIService
version: v1
Ã
apiregistration_v1 replace the specified APIService*"replaceApiregistrationV1APIServiceBa
_
]bodybody *M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJƒ
^
200W
U
OKO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService
c
201\
Z
CreatedO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService
d
202]
[
AcceptedO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService

401

Unauthorizedj
x-kubernetes-actionput
j`
x-kubernetes-group-version-kind=;group: apiregistration.k8s.io
kind: APIService
version: v1
*µ
apiregistration_v1delete a APIService*!deleteApiregistrationV1APIServiceBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
j`
x-kubernetes-group-version-kind=;group: apiregistration.k8s.io
kind: APIService
version: v1
Bï	
apiregistration_v1)partially update the specified APIService* patchApiregistrationV1APIService:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJƒ
^
200W
U
OKO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService
c
201\
Z
CreatedO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService
d
202]
[
AcceptedO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService

401

Unauthorizedj
x-kubernetes-actionpatch
j`
x-kubernetes-group-version-kind=;group: apiregistration.k8s.io
kind: APIService
version: v1
J9
75"3pathThe name of the APIService."name*stringJ1
/-+queryIndent the output."pretty2stringñ
9/apis/apiregistration.k8s.io/v1/apiservices/{name}/statusÿ‡
apiregistration_v1'read status of the specified APIService*%readApiregistrationV1APIServiceStatusJy
^
200W
U
OKO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService

401

Unauthorizedj
x-kubernetes-actionget
j`
x-kubernetes-group-version-kind=;group: apiregistration.k8s.io
kind: APIService
version: v1
‹
apiregistration_v1*replace status of the specified APIService*(replaceApiregistrationV1APIServiceStatusBa
_
]bodybody *M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJƒ
^
200W
U
OKO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService
c
201\
Z
CreatedO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService
d
202]
[
AcceptedO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService

401

Unauthorizedj
x-kubernetes-actionput
j`
x-kubernetes-group-version-kind=;group: apiregistration.k8s.io
kind: APIService
version: v1
B•	
apiregistration_v13partially update status of the specified APIService*&patchApiregistrationV1APIServiceStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJƒ
^
200W
U
OKO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService
c
201\
Z
CreatedO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService
d
202]
[
AcceptedO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService

401

Unauthorizedj
x-kubernetes-actionpatch
j`
x-kubernetes-group-version-kind=;group: apiregistration.k8s.io
kind: APIService
version: v1
J9
75"3pathThe name of the APIService."name*stringJ1
/-+queryIndent the output."pretty2stringœ
!/apis/apps/v1/controllerrevisions©Û
apps_v1;list or watch ControllerRevision objects in every namespace*,listAppsV1ControllerRevisionForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJe
J
200C
A
OK;
9
7#/definitions/io.k8s.api.apps.v1.ControllerRevisionList

401

Unauthorizedj
x-kubernetes-actionlist
jV
x-kubernetes-group-version-kind31group: apps
kind: ControllerRevision
version: v1
J1
/-+queryIndent the output."pretty2string¢
/apis/apps/v1/daemonsetsÖœ
apps_v12list or watch DaemonSet objects in every namespace*#listAppsV1DaemonSetForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ\
A
200:
8
OK2
0
.#/definitions/io.k8s.api.apps.v1.DaemonSetList

401

Unauthorizedj
x-kubernetes-actionlist
jM
x-kubernetes-group-version-kind*(group: apps
kind: DaemonSet
version: v1
J1
/-+queryIndent the output."pretty2stringß
/apis/apps/v1/deploymentsâ”
apps_v13list or watch Deployment objects in every namespace*$listAppsV1DeploymentForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ]
B
200;
9
OK3
1
/#/definitions/io.k8s.api.apps.v1.DeploymentList

401

Unauthorizedj
x-kubernetes-actionlist
jN
x-kubernetes-group-version-kind+)group: apps
kind: Deployment
version: v1
J1
/-+queryIndent the output."pretty2stringÊ
8/apis/apps/v1/namespaces/{namespace}/controllerrevisions©⁄
apps_v1(list or watch ControllerRevision objects*&listAppsV1NamespacedControllerRevisionBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJe
J
200C
A
OK;
9
7#/definitions/io.k8s.api.apps.v1.ControllerRevisionList

401

Unauthorizedj
x-kubernetes-actionlist
jV
x-kubernetes-group-version-kind31group: apps
kind: ControllerRevision
version: v1
"Ÿ
apps_v1create a ControllerRevision*(createAppsV1NamespacedControllerRevisionBI
G
Ebodybody *5
3#/definitions/io.k8s.api.apps.v1.ControllerRevisionBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ¸
F
200?
=
OK7
5
3#/definitions/io.k8s.api.apps.v1.ControllerRevision
K
201D
B
Created7
5
3#/definitions/io.k8s.api.apps.v1.ControllerRevision
L
202E
C
Accepted7
5
3#/definitions/io.k8s.api.apps.v1.ControllerRevision

401

Unauthorizedj
x-kubernetes-actionpost
jV
x-kubernetes-group-version-kind31group: apps
kind: ControllerRevision
version: v1
*˘	
apps_v11delete a collection of ControllerRevision objects*2deleteCollectionAppsV1NamespacedControllerRevisionBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jV
x-kubernetes-group-version-kind31group: apps
kind: ControllerRevision
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringï
?/apis/apps/v1/namespaces/{namespace}/controllerrevisions/{name}—≤
apps_v1%read the specified ControllerRevision*&readAppsV1NamespacedControllerRevisionJa
F
200?
=
OK7
5
3#/definitions/io.k8s.api.apps.v1.ControllerRevision

401

Unauthorizedj
x-kubernetes-actionget
jV
x-kubernetes-group-version-kind31group: apps
kind: ControllerRevision
version: v1
Ê
apps_v1(replace the specified ControllerRevision*)replaceAppsV1NamespacedControllerRevisionBI
G
Ebodybody *5
3#/definitions/io.k8s.api.apps.v1.ControllerRevisionBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ¸
F
200?
=
OK7
5
3#/definitions/io.k8s.api.apps.v1.ControllerRevision
K
201D
B
Created7
5
3#/definitions/io.k8s.api.apps.v1.ControllerRevision
L
202E
C
Accepted7
5
3#/definitions/io.k8s.api.apps.v1.ControllerRevision

401

Unauthorizedj
x-kubernetes-actionput
jV
x-kubernetes-group-version-kind31group: apps
kind: ControllerRevision
version: v1
*Ø
apps_v1delete a ControllerRevision*(deleteAppsV1NamespacedControllerRevisionBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jV
x-kubernetes-group-version-kind31group: apps
kind: ControllerRevision
version: v1
B«
apps_v11partially update the specified ControllerRevision*'patchAppsV1NamespacedControllerRevision:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ¸
F
200?
=
OK7
5
3#/definitions/io.k8s.api.apps.v1.ControllerRevision
K
201D
B
Created7
5
3#/definitions/io.k8s.api.apps.v1.ControllerRevision
L
202E
C
Accepted7
5
3#/definitions/io.k8s.api.apps.v1.ControllerRevision

401

Unauthorizedj
x-kubernetes-actionpatch
jV
x-kubernetes-group-version-kind31group: apps
kind: ControllerRevision
version: v1
JA
?=";path#The name of the ControllerRevision."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringﬂ
//apis/apps/v1/namespaces/{namespace}/daemonsets´∂
apps_v1list or watch DaemonSet objects*listAppsV1NamespacedDaemonSetBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ\
A
200:
8
OK2
0
.#/definitions/io.k8s.api.apps.v1.DaemonSetList

401

Unauthorizedj
x-kubernetes-actionlist
jM
x-kubernetes-group-version-kind*(group: apps
kind: DaemonSet
version: v1
"ö
apps_v1create a DaemonSet*createAppsV1NamespacedDaemonSetB@
>
<bodybody *,
*#/definitions/io.k8s.api.apps.v1.DaemonSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet
B
201;
9
Created.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet

401

Unauthorizedj
x-kubernetes-actionpost
jM
x-kubernetes-group-version-kind*(group: apps
kind: DaemonSet
version: v1
*ﬁ	
apps_v1(delete a collection of DaemonSet objects*)deleteCollectionAppsV1NamespacedDaemonSetBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jM
x-kubernetes-group-version-kind*(group: apps
kind: DaemonSet
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringœ
6/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}îé
apps_v1read the specified DaemonSet*readAppsV1NamespacedDaemonSetJX
=
2006
4
OK.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet

401

Unauthorizedj
x-kubernetes-actionget
jM
x-kubernetes-group-version-kind*(group: apps
kind: DaemonSet
version: v1
ß
apps_v1replace the specified DaemonSet* replaceAppsV1NamespacedDaemonSetB@
>
<bodybody *,
*#/definitions/io.k8s.api.apps.v1.DaemonSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet
B
201;
9
Created.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet

401

Unauthorizedj
x-kubernetes-actionput
jM
x-kubernetes-group-version-kind*(group: apps
kind: DaemonSet
version: v1
*î
apps_v1delete a DaemonSet*deleteAppsV1NamespacedDaemonSetBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jM
x-kubernetes-group-version-kind*(group: apps
kind: DaemonSet
version: v1
Bë
apps_v1(partially update the specified DaemonSet*patchAppsV1NamespacedDaemonSet:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet
B
201;
9
Created.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet

401

Unauthorizedj
x-kubernetes-actionpatch
jM
x-kubernetes-group-version-kind*(group: apps
kind: DaemonSet
version: v1
J8
64"2pathThe name of the DaemonSet."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringÔ
=/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}/status≠û
apps_v1&read status of the specified DaemonSet*#readAppsV1NamespacedDaemonSetStatusJX
=
2006
4
OK.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet

401

Unauthorizedj
x-kubernetes-actionget
jM
x-kubernetes-group-version-kind*(group: apps
kind: DaemonSet
version: v1
∑
apps_v1)replace status of the specified DaemonSet*&replaceAppsV1NamespacedDaemonSetStatusB@
>
<bodybody *,
*#/definitions/io.k8s.api.apps.v1.DaemonSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet
B
201;
9
Created.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet

401

Unauthorizedj
x-kubernetes-actionput
jM
x-kubernetes-group-version-kind*(group: apps
kind: DaemonSet
version: v1
B°
apps_v12partially update status of the specified DaemonSet*$patchAppsV1NamespacedDaemonSetStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ·
=
2006
4
OK.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet
B
201;
9
Created.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet
C
202<
:
Accepted.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet

401

Unauthorizedj
x-kubernetes-actionpatch
jM
x-kubernetes-group-version-kind*(group: apps
kind: DaemonSet
version: v1
J8
64"2pathThe name of the DaemonSet."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringÓ
0/apis/apps/v1/namespaces/{namespace}/deploymentsπ∫
apps_v1 list or watch Deployment objects*listAppsV1NamespacedDeploymentBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ]
B
200;
9
OK3
1
/#/definitions/io.k8s.api.apps.v1.DeploymentList

401

Unauthorizedj
x-kubernetes-actionlist
jN
x-kubernetes-group-version-kind+)group: apps
kind: Deployment
version: v1
"°
apps_v1create a Deployment* createAppsV1NamespacedDeploymentBA
?
=bodybody *-
+#/definitions/io.k8s.api.apps.v1.DeploymentBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.apps.v1.Deployment
C
201<
:
Created/
-
+#/definitions/io.k8s.api.apps.v1.Deployment
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.apps.v1.Deployment

401

Unauthorizedj
x-kubernetes-actionpost
jN
x-kubernetes-group-version-kind+)group: apps
kind: Deployment
version: v1
*·	
apps_v1)delete a collection of Deployment objects**deleteCollectionAppsV1NamespacedDeploymentBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jN
x-kubernetes-group-version-kind+)group: apps
kind: Deployment
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringÂ
7/apis/apps/v1/namespaces/{namespace}/deployments/{name}©í
apps_v1read the specified Deployment*readAppsV1NamespacedDeploymentJY
>
2007
5
OK/
-
+#/definitions/io.k8s.api.apps.v1.Deployment

401

Unauthorizedj
x-kubernetes-actionget
jN
x-kubernetes-group-version-kind+)group: apps
kind: Deployment
version: v1
Æ
apps_v1 replace the specified Deployment*!replaceAppsV1NamespacedDeploymentBA
?
=bodybody *-
+#/definitions/io.k8s.api.apps.v1.DeploymentBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.apps.v1.Deployment
C
201<
:
Created/
-
+#/definitions/io.k8s.api.apps.v1.Deployment
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.apps.v1.Deployment

401

Unauthorizedj
x-kubernetes-actionput
jN
x-kubernetes-group-version-kind+)group: apps
kind: Deployment
version: v1
*ó
apps_v1delete a Deployment* deleteAppsV1NamespacedDeploymentBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jN
x-kubernetes-group-version-kind+)group: apps
kind: Deployment
version: v1
Bó
apps_v1)partially update the specified Deployment*patchAppsV1NamespacedDeployment:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.apps.v1.Deployment
C
201<
:
Created/
-
+#/definitions/io.k8s.api.apps.v1.Deployment
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.apps.v1.Deployment

401

Unauthorizedj
x-kubernetes-actionpatch
jN
x-kubernetes-group-version-kind+)group: apps
kind: Deployment
version: v1
J9
75"3pathThe name of the Deployment."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringë
=/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scaleœ§
apps_v1&read scale of the specified Deployment*#readAppsV1NamespacedDeploymentScaleJ[
@
2009
7
OK1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale

401

Unauthorizedj
x-kubernetes-actionget
jP
x-kubernetes-group-version-kind-+group: autoscaling
kind: Scale
version: v1
∆
apps_v1)replace scale of the specified Deployment*&replaceAppsV1NamespacedDeploymentScaleBC
A
?bodybody */
-#/definitions/io.k8s.api.autoscaling.v1.ScaleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÍ
@
2009
7
OK1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
E
201>
<
Created1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
F
202?
=
Accepted1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale

401

Unauthorizedj
x-kubernetes-actionput
jP
x-kubernetes-group-version-kind-+group: autoscaling
kind: Scale
version: v1
B≠
apps_v12partially update scale of the specified Deployment*$patchAppsV1NamespacedDeploymentScale:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÍ
@
2009
7
OK1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
E
201>
<
Created1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
F
202?
=
Accepted1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale

401

Unauthorizedj
x-kubernetes-actionpatch
jP
x-kubernetes-group-version-kind-+group: autoscaling
kind: Scale
version: v1
J9
75"3pathThe name of the Deployment."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringÇ
>/apis/apps/v1/namespaces/{namespace}/deployments/{name}/statusø¢
apps_v1'read status of the specified Deployment*$readAppsV1NamespacedDeploymentStatusJY
>
2007
5
OK/
-
+#/definitions/io.k8s.api.apps.v1.Deployment

401

Unauthorizedj
x-kubernetes-actionget
jN
x-kubernetes-group-version-kind+)group: apps
kind: Deployment
version: v1
æ
apps_v1*replace status of the specified Deployment*'replaceAppsV1NamespacedDeploymentStatusBA
?
=bodybody *-
+#/definitions/io.k8s.api.apps.v1.DeploymentBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.apps.v1.Deployment
C
201<
:
Created/
-
+#/definitions/io.k8s.api.apps.v1.Deployment
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.apps.v1.Deployment

401

Unauthorizedj
x-kubernetes-actionput
jN
x-kubernetes-group-version-kind+)group: apps
kind: Deployment
version: v1
Bß
apps_v13partially update status of the specified Deployment*%patchAppsV1NamespacedDeploymentStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.apps.v1.Deployment
C
201<
:
Created/
-
+#/definitions/io.k8s.api.apps.v1.Deployment
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.apps.v1.Deployment

401

Unauthorizedj
x-kubernetes-actionpatch
jN
x-kubernetes-group-version-kind+)group: apps
kind: Deployment
version: v1
J9
75"3pathThe name of the Deployment."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringÓ
0/apis/apps/v1/namespaces/{namespace}/replicasetsπ∫
apps_v1 list or watch ReplicaSet objects*listAppsV1NamespacedReplicaSetBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ]
B
200;
9
OK3
1
/#/definitions/io.k8s.api.apps.v1.ReplicaSetList

401

Unauthorizedj
x-kubernetes-actionlist
jN
x-kubernetes-group-version-kind+)group: apps
kind: ReplicaSet
version: v1
"°
apps_v1create a ReplicaSet* createAppsV1NamespacedReplicaSetBA
?
=bodybody *-
+#/definitions/io.k8s.api.apps.v1.ReplicaSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet
C
201<
:
Created/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet

401

Unauthorizedj
x-kubernetes-actionpost
jN
x-kubernetes-group-version-kind+)group: apps
kind: ReplicaSet
version: v1
*·	
apps_v1)delete a collection of ReplicaSet objects**deleteCollectionAppsV1NamespacedReplicaSetBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jN
x-kubernetes-group-version-kind+)group: apps
kind: ReplicaSet
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringÂ
7/apis/apps/v1/namespaces/{namespace}/replicasets/{name}©í
apps_v1read the specified ReplicaSet*readAppsV1NamespacedReplicaSetJY
>
2007
5
OK/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet

401

Unauthorizedj
x-kubernetes-actionget
jN
x-kubernetes-group-version-kind+)group: apps
kind: ReplicaSet
version: v1
Æ
apps_v1 replace the specified ReplicaSet*!replaceAppsV1NamespacedReplicaSetBA
?
=bodybody *-
+#/definitions/io.k8s.api.apps.v1.ReplicaSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet
C
201<
:
Created/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet

401

Unauthorizedj
x-kubernetes-actionput
jN
x-kubernetes-group-version-kind+)group: apps
kind: ReplicaSet
version: v1
*ó
apps_v1delete a ReplicaSet* deleteAppsV1NamespacedReplicaSetBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jN
x-kubernetes-group-version-kind+)group: apps
kind: ReplicaSet
version: v1
Bó
apps_v1)partially update the specified ReplicaSet*patchAppsV1NamespacedReplicaSet:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet
C
201<
:
Created/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet

401

Unauthorizedj
x-kubernetes-actionpatch
jN
x-kubernetes-group-version-kind+)group: apps
kind: ReplicaSet
version: v1
J9
75"3pathThe name of the ReplicaSet."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringë
=/apis/apps/v1/namespaces/{namespace}/replicasets/{name}/scaleœ§
apps_v1&read scale of the specified ReplicaSet*#readAppsV1NamespacedReplicaSetScaleJ[
@
2009
7
OK1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale

401

Unauthorizedj
x-kubernetes-actionget
jP
x-kubernetes-group-version-kind-+group: autoscaling
kind: Scale
version: v1
∆
apps_v1)replace scale of the specified ReplicaSet*&replaceAppsV1NamespacedReplicaSetScaleBC
A
?bodybody */
-#/definitions/io.k8s.api.autoscaling.v1.ScaleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÍ
@
2009
7
OK1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
E
201>
<
Created1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
F
202?
=
Accepted1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale

401

Unauthorizedj
x-kubernetes-actionput
jP
x-kubernetes-group-version-kind-+group: autoscaling
kind: Scale
version: v1
B≠
apps_v12partially update scale of the specified ReplicaSet*$patchAppsV1NamespacedReplicaSetScale:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÍ
@
2009
7
OK1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
E
201>
<
Created1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
F
202?
=
Accepted1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale

401

Unauthorizedj
x-kubernetes-actionpatch
jP
x-kubernetes-group-version-kind-+group: autoscaling
kind: Scale
version: v1
J9
75"3pathThe name of the ReplicaSet."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringÇ
>/apis/apps/v1/namespaces/{namespace}/replicasets/{name}/statusø¢
apps_v1'read status of the specified ReplicaSet*$readAppsV1NamespacedReplicaSetStatusJY
>
2007
5
OK/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet

401

Unauthorizedj
x-kubernetes-actionget
jN
x-kubernetes-group-version-kind+)group: apps
kind: ReplicaSet
version: v1
æ
apps_v1*replace status of the specified ReplicaSet*'replaceAppsV1NamespacedReplicaSetStatusBA
?
=bodybody *-
+#/definitions/io.k8s.api.apps.v1.ReplicaSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet
C
201<
:
Created/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet

401

Unauthorizedj
x-kubernetes-actionput
jN
x-kubernetes-group-version-kind+)group: apps
kind: ReplicaSet
version: v1
Bß
apps_v13partially update status of the specified ReplicaSet*%patchAppsV1NamespacedReplicaSetStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet
C
201<
:
Created/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet

401

Unauthorizedj
x-kubernetes-actionpatch
jN
x-kubernetes-group-version-kind+)group: apps
kind: ReplicaSet
version: v1
J9
75"3pathThe name of the ReplicaSet."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string˝
1/apis/apps/v1/namespaces/{namespace}/statefulsets«æ
apps_v1!list or watch StatefulSet objects*listAppsV1NamespacedStatefulSetBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ^
C
200<
:
OK4
2
0#/definitions/io.k8s.api.apps.v1.StatefulSetList

401

Unauthorizedj
x-kubernetes-actionlist
jO
x-kubernetes-group-version-kind,*group: apps
kind: StatefulSet
version: v1
"®
apps_v1create a StatefulSet*!createAppsV1NamespacedStatefulSetBB
@
>bodybody *.
,#/definitions/io.k8s.api.apps.v1.StatefulSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÁ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet
D
201=
;
Created0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet
E
202>
<
Accepted0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet

401

Unauthorizedj
x-kubernetes-actionpost
jO
x-kubernetes-group-version-kind,*group: apps
kind: StatefulSet
version: v1
*‰	
apps_v1*delete a collection of StatefulSet objects*+deleteCollectionAppsV1NamespacedStatefulSetBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jO
x-kubernetes-group-version-kind,*group: apps
kind: StatefulSet
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string˚
8/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}æñ
apps_v1read the specified StatefulSet*readAppsV1NamespacedStatefulSetJZ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet

401

Unauthorizedj
x-kubernetes-actionget
jO
x-kubernetes-group-version-kind,*group: apps
kind: StatefulSet
version: v1
µ
apps_v1!replace the specified StatefulSet*"replaceAppsV1NamespacedStatefulSetBB
@
>bodybody *.
,#/definitions/io.k8s.api.apps.v1.StatefulSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÁ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet
D
201=
;
Created0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet
E
202>
<
Accepted0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet

401

Unauthorizedj
x-kubernetes-actionput
jO
x-kubernetes-group-version-kind,*group: apps
kind: StatefulSet
version: v1
*ö
apps_v1delete a StatefulSet*!deleteAppsV1NamespacedStatefulSetBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jO
x-kubernetes-group-version-kind,*group: apps
kind: StatefulSet
version: v1
Bù
apps_v1*partially update the specified StatefulSet* patchAppsV1NamespacedStatefulSet:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÁ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet
D
201=
;
Created0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet
E
202>
<
Accepted0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet

401

Unauthorizedj
x-kubernetes-actionpatch
jO
x-kubernetes-group-version-kind,*group: apps
kind: StatefulSet
version: v1
J:
86"4pathThe name of the StatefulSet."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringô
>/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}/scale÷¶
apps_v1'read scale of the specified StatefulSet*$readAppsV1NamespacedStatefulSetScaleJ[
@
2009
7
OK1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale

401

Unauthorizedj
x-kubernetes-actionget
jP
x-kubernetes-group-version-kind-+group: autoscaling
kind: Scale
version: v1
»
apps_v1*replace scale of the specified StatefulSet*'replaceAppsV1NamespacedStatefulSetScaleBC
A
?bodybody */
-#/definitions/io.k8s.api.autoscaling.v1.ScaleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÍ
@
2009
7
OK1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
E
201>
<
Created1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
F
202?
=
Accepted1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale

401

Unauthorizedj
x-kubernetes-actionput
jP
x-kubernetes-group-version-kind-+group: autoscaling
kind: Scale
version: v1
BØ
apps_v13partially update scale of the specified StatefulSet*%patchAppsV1NamespacedStatefulSetScale:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÍ
@
2009
7
OK1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
E
201>
<
Created1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale
F
202?
=
Accepted1
/
-#/definitions/io.k8s.api.autoscaling.v1.Scale

401

Unauthorizedj
x-kubernetes-actionpatch
jP
x-kubernetes-group-version-kind-+group: autoscaling
kind: Scale
version: v1
J:
86"4pathThe name of the StatefulSet."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringï
?/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}/status—¶
apps_v1(read status of the specified StatefulSet*%readAppsV1NamespacedStatefulSetStatusJZ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet

401

Unauthorizedj
x-kubernetes-actionget
jO
x-kubernetes-group-version-kind,*group: apps
kind: StatefulSet
version: v1
≈
apps_v1+replace status of the specified StatefulSet*(replaceAppsV1NamespacedStatefulSetStatusBB
@
>bodybody *.
,#/definitions/io.k8s.api.apps.v1.StatefulSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÁ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet
D
201=
;
Created0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet
E
202>
<
Accepted0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet

401

Unauthorizedj
x-kubernetes-actionput
jO
x-kubernetes-group-version-kind,*group: apps
kind: StatefulSet
version: v1
B≠
apps_v14partially update status of the specified StatefulSet*&patchAppsV1NamespacedStatefulSetStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÁ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet
D
201=
;
Created0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet
E
202>
<
Accepted0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet

401

Unauthorizedj
x-kubernetes-actionpatch
jO
x-kubernetes-group-version-kind,*group: apps
kind: StatefulSet
version: v1
J:
86"4pathThe name of the StatefulSet."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringß
/apis/apps/v1/replicasetsâ”
apps_v13list or watch ReplicaSet objects in every namespace*$listAppsV1ReplicaSetForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ]
B
200;
9
OK3
1
/#/definitions/io.k8s.api.apps.v1.ReplicaSetList

401

Unauthorizedj
x-kubernetes-actionlist
jN
x-kubernetes-group-version-kind+)group: apps
kind: ReplicaSet
version: v1
J1
/-+queryIndent the output."pretty2string¨
/apis/apps/v1/statefulsetsç◊
apps_v14list or watch StatefulSet objects in every namespace*%listAppsV1StatefulSetForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ^
C
200<
:
OK4
2
0#/definitions/io.k8s.api.apps.v1.StatefulSetList

401

Unauthorizedj
x-kubernetes-actionlist
jO
x-kubernetes-group-version-kind,*group: apps
kind: StatefulSet
version: v1
J1
/-+queryIndent the output."pretty2stringÅ
1/apis/authentication.k8s.io/v1/selfsubjectreviewsÀ"ï
authentication_v1create a SelfSubjectReview*'createAuthenticationV1SelfSubjectReviewBR
P
Nbodybody *>
<#/definitions/io.k8s.api.authentication.v1.SelfSubjectReviewBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJó
O
200H
F
OK@
>
<#/definitions/io.k8s.api.authentication.v1.SelfSubjectReview
T
201M
K
Created@
>
<#/definitions/io.k8s.api.authentication.v1.SelfSubjectReview
U
202N
L
Accepted@
>
<#/definitions/io.k8s.api.authentication.v1.SelfSubjectReview

401

Unauthorizedj
x-kubernetes-actionpost
jf
x-kubernetes-group-version-kindCAgroup: authentication.k8s.io
kind: SelfSubjectReview
version: v1
J1
/-+queryIndent the output."pretty2string—
+/apis/authentication.k8s.io/v1/tokenreviews°"Î
authentication_v1create a TokenReview*!createAuthenticationV1TokenReviewBL
J
Hbodybody *8
6#/definitions/io.k8s.api.authentication.v1.TokenReviewBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.authentication.v1.TokenReview
N
201G
E
Created:
8
6#/definitions/io.k8s.api.authentication.v1.TokenReview
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.authentication.v1.TokenReview

401

Unauthorizedj
x-kubernetes-actionpost
j`
x-kubernetes-group-version-kind=;group: authentication.k8s.io
kind: TokenReview
version: v1
J1
/-+queryIndent the output."pretty2stringì	
N/apis/authorization.k8s.io/v1/namespaces/{namespace}/localsubjectaccessreviews¿"…
authorization_v1!create a LocalSubjectAccessReview*7createAuthorizationV1NamespacedLocalSubjectAccessReviewBX
V
Tbodybody *D
B#/definitions/io.k8s.api.authorization.v1.LocalSubjectAccessReviewBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ©
U
200N
L
OKF
D
B#/definitions/io.k8s.api.authorization.v1.LocalSubjectAccessReview
Z
201S
Q
CreatedF
D
B#/definitions/io.k8s.api.authorization.v1.LocalSubjectAccessReview
[
202T
R
AcceptedF
D
B#/definitions/io.k8s.api.authorization.v1.LocalSubjectAccessReview

401

Unauthorizedj
x-kubernetes-actionpost
jl
x-kubernetes-group-version-kindIGgroup: authorization.k8s.io
kind: LocalSubjectAccessReview
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string©
6/apis/authorization.k8s.io/v1/selfsubjectaccessreviewsÓ"∏
authorization_v1 create a SelfSubjectAccessReview*,createAuthorizationV1SelfSubjectAccessReviewBW
U
Sbodybody *C
A#/definitions/io.k8s.api.authorization.v1.SelfSubjectAccessReviewBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ¶
T
200M
K
OKE
C
A#/definitions/io.k8s.api.authorization.v1.SelfSubjectAccessReview
Y
201R
P
CreatedE
C
A#/definitions/io.k8s.api.authorization.v1.SelfSubjectAccessReview
Z
202S
Q
AcceptedE
C
A#/definitions/io.k8s.api.authorization.v1.SelfSubjectAccessReview

401

Unauthorizedj
x-kubernetes-actionpost
jk
x-kubernetes-group-version-kindHFgroup: authorization.k8s.io
kind: SelfSubjectAccessReview
version: v1
J1
/-+queryIndent the output."pretty2string°
5/apis/authorization.k8s.io/v1/selfsubjectrulesreviewsÁ"±
authorization_v1create a SelfSubjectRulesReview*+createAuthorizationV1SelfSubjectRulesReviewBV
T
Rbodybody *B
@#/definitions/io.k8s.api.authorization.v1.SelfSubjectRulesReviewBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ£
S
200L
J
OKD
B
@#/definitions/io.k8s.api.authorization.v1.SelfSubjectRulesReview
X
201Q
O
CreatedD
B
@#/definitions/io.k8s.api.authorization.v1.SelfSubjectRulesReview
Y
202R
P
AcceptedD
B
@#/definitions/io.k8s.api.authorization.v1.SelfSubjectRulesReview

401

Unauthorizedj
x-kubernetes-actionpost
jj
x-kubernetes-group-version-kindGEgroup: authorization.k8s.io
kind: SelfSubjectRulesReview
version: v1
J1
/-+queryIndent the output."pretty2stringâ
2/apis/authorization.k8s.io/v1/subjectaccessreviews“"ú
authorization_v1create a SubjectAccessReview*(createAuthorizationV1SubjectAccessReviewBS
Q
Obodybody *?
=#/definitions/io.k8s.api.authorization.v1.SubjectAccessReviewBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJö
P
200I
G
OKA
?
=#/definitions/io.k8s.api.authorization.v1.SubjectAccessReview
U
201N
L
CreatedA
?
=#/definitions/io.k8s.api.authorization.v1.SubjectAccessReview
V
202O
M
AcceptedA
?
=#/definitions/io.k8s.api.authorization.v1.SubjectAccessReview

401

Unauthorizedj
x-kubernetes-actionpost
jg
x-kubernetes-group-version-kindDBgroup: authorization.k8s.io
kind: SubjectAccessReview
version: v1
J1
/-+queryIndent the output."pretty2stringã
-/apis/autoscaling/v1/horizontalpodautoscalersŸ£
autoscaling_v1@list or watch HorizontalPodAutoscaler objects in every namespace*8listAutoscalingV1HorizontalPodAutoscalerForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJq
V
200O
M
OKG
E
C#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList

401

Unauthorizedj
x-kubernetes-actionlist
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v1
J1
/-+queryIndent the output."pretty2stringö
D/apis/autoscaling/v1/namespaces/{namespace}/horizontalpodautoscalers—ä
autoscaling_v1-list or watch HorizontalPodAutoscaler objects*2listAutoscalingV1NamespacedHorizontalPodAutoscalerBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJq
V
200O
M
OKG
E
C#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList

401

Unauthorizedj
x-kubernetes-actionlist
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v1
"≠
autoscaling_v1 create a HorizontalPodAutoscaler*4createAutoscalingV1NamespacedHorizontalPodAutoscalerBU
S
Qbodybody *A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ†
R
200K
I
OKC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler
W
201P
N
CreatedC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler
X
202Q
O
AcceptedC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler

401

Unauthorizedj
x-kubernetes-actionpost
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v1
*ù

autoscaling_v16delete a collection of HorizontalPodAutoscaler objects*>deleteCollectionAutoscalingV1NamespacedHorizontalPodAutoscalerBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringñ
K/apis/autoscaling/v1/namespaces/{namespace}/horizontalpodautoscalers/{name}∆‚
autoscaling_v1*read the specified HorizontalPodAutoscaler*2readAutoscalingV1NamespacedHorizontalPodAutoscalerJm
R
200K
I
OKC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler

401

Unauthorizedj
x-kubernetes-actionget
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v1
∫
autoscaling_v1-replace the specified HorizontalPodAutoscaler*5replaceAutoscalingV1NamespacedHorizontalPodAutoscalerBU
S
Qbodybody *A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ†
R
200K
I
OKC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler
W
201P
N
CreatedC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler
X
202Q
O
AcceptedC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler

401

Unauthorizedj
x-kubernetes-actionput
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v1
*”
autoscaling_v1 delete a HorizontalPodAutoscaler*4deleteAutoscalingV1NamespacedHorizontalPodAutoscalerBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v1
Bè	
autoscaling_v16partially update the specified HorizontalPodAutoscaler*3patchAutoscalingV1NamespacedHorizontalPodAutoscaler:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ†
R
200K
I
OKC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler
W
201P
N
CreatedC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler
X
202Q
O
AcceptedC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler

401

Unauthorizedj
x-kubernetes-actionpatch
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v1
JF
DB"@path(The name of the HorizontalPodAutoscaler."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string˜
R/apis/autoscaling/v1/namespaces/{namespace}/horizontalpodautoscalers/{name}/status†Ú
autoscaling_v14read status of the specified HorizontalPodAutoscaler*8readAutoscalingV1NamespacedHorizontalPodAutoscalerStatusJm
R
200K
I
OKC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler

401

Unauthorizedj
x-kubernetes-actionget
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v1
 
autoscaling_v17replace status of the specified HorizontalPodAutoscaler*;replaceAutoscalingV1NamespacedHorizontalPodAutoscalerStatusBU
S
Qbodybody *A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ†
R
200K
I
OKC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler
W
201P
N
CreatedC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler
X
202Q
O
AcceptedC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler

401

Unauthorizedj
x-kubernetes-actionput
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v1
Bü	
autoscaling_v1@partially update status of the specified HorizontalPodAutoscaler*9patchAutoscalingV1NamespacedHorizontalPodAutoscalerStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ†
R
200K
I
OKC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler
W
201P
N
CreatedC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler
X
202Q
O
AcceptedC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler

401

Unauthorizedj
x-kubernetes-actionpatch
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v1
JF
DB"@path(The name of the HorizontalPodAutoscaler."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringã
-/apis/autoscaling/v2/horizontalpodautoscalersŸ£
autoscaling_v2@list or watch HorizontalPodAutoscaler objects in every namespace*8listAutoscalingV2HorizontalPodAutoscalerForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJq
V
200O
M
OKG
E
C#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerList

401

Unauthorizedj
x-kubernetes-actionlist
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v2
J1
/-+queryIndent the output."pretty2stringö
D/apis/autoscaling/v2/namespaces/{namespace}/horizontalpodautoscalers—ä
autoscaling_v2-list or watch HorizontalPodAutoscaler objects*2listAutoscalingV2NamespacedHorizontalPodAutoscalerBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJq
V
200O
M
OKG
E
C#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerList

401

Unauthorizedj
x-kubernetes-actionlist
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v2
"≠
autoscaling_v2 create a HorizontalPodAutoscaler*4createAutoscalingV2NamespacedHorizontalPodAutoscalerBU
S
Qbodybody *A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ†
R
200K
I
OKC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler
W
201P
N
CreatedC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler
X
202Q
O
AcceptedC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler

401

Unauthorizedj
x-kubernetes-actionpost
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v2
*ù

autoscaling_v26delete a collection of HorizontalPodAutoscaler objects*>deleteCollectionAutoscalingV2NamespacedHorizontalPodAutoscalerBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v2
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringñ
K/apis/autoscaling/v2/namespaces/{namespace}/horizontalpodautoscalers/{name}∆‚
autoscaling_v2*read the specified HorizontalPodAutoscaler*2readAutoscalingV2NamespacedHorizontalPodAutoscalerJm
R
200K
I
OKC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler

401

Unauthorizedj
x-kubernetes-actionget
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v2
∫
autoscaling_v2-replace the specified HorizontalPodAutoscaler*5replaceAutoscalingV2NamespacedHorizontalPodAutoscalerBU
S
Qbodybody *A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ†
R
200K
I
OKC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler
W
201P
N
CreatedC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler
X
202Q
O
AcceptedC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler

401

Unauthorizedj
x-kubernetes-actionput
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v2
*”
autoscaling_v2 delete a HorizontalPodAutoscaler*4deleteAutoscalingV2NamespacedHorizontalPodAutoscalerBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v2
Bè	
autoscaling_v26partially update the specified HorizontalPodAutoscaler*3patchAutoscalingV2NamespacedHorizontalPodAutoscaler:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ†
R
200K
I
OKC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler
W
201P
N
CreatedC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler
X
202Q
O
AcceptedC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler

401

Unauthorizedj
x-kubernetes-actionpatch
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v2
JF
DB"@path(The name of the HorizontalPodAutoscaler."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string˜
R/apis/autoscaling/v2/namespaces/{namespace}/horizontalpodautoscalers/{name}/status†Ú
autoscaling_v24read status of the specified HorizontalPodAutoscaler*8readAutoscalingV2NamespacedHorizontalPodAutoscalerStatusJm
R
200K
I
OKC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler

401

Unauthorizedj
x-kubernetes-actionget
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v2
 
autoscaling_v27replace status of the specified HorizontalPodAutoscaler*;replaceAutoscalingV2NamespacedHorizontalPodAutoscalerStatusBU
S
Qbodybody *A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ†
R
200K
I
OKC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler
W
201P
N
CreatedC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler
X
202Q
O
AcceptedC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler

401

Unauthorizedj
x-kubernetes-actionput
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v2
Bü	
autoscaling_v2@partially update status of the specified HorizontalPodAutoscaler*9patchAutoscalingV2NamespacedHorizontalPodAutoscalerStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ†
R
200K
I
OKC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler
W
201P
N
CreatedC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler
X
202Q
O
AcceptedC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler

401

Unauthorizedj
x-kubernetes-actionpatch
jb
x-kubernetes-group-version-kind?=group: autoscaling
kind: HorizontalPodAutoscaler
version: v2
JF
DB"@path(The name of the HorizontalPodAutoscaler."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringù
/apis/batch/v1/cronjobsÅÀ
batch_v10list or watch CronJob objects in every namespace*"listBatchV1CronJobForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ[
@
2009
7
OK1
/
-#/definitions/io.k8s.api.batch.v1.CronJobList

401

Unauthorizedj
x-kubernetes-actionlist
jL
x-kubernetes-group-version-kind)'group: batch
kind: CronJob
version: v1
J1
/-+queryIndent the output."pretty2stringâ
/apis/batch/v1/jobsÒª
batch_v1,list or watch Job objects in every namespace*listBatchV1JobForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJW
<
2005
3
OK-
+
)#/definitions/io.k8s.api.batch.v1.JobList

401

Unauthorizedj
x-kubernetes-actionlist
jH
x-kubernetes-group-version-kind%#group: batch
kind: Job
version: v1
J1
/-+queryIndent the output."pretty2string–
./apis/batch/v1/namespaces/{namespace}/cronjobsù≤
batch_v1list or watch CronJob objects*listBatchV1NamespacedCronJobBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ[
@
2009
7
OK1
/
-#/definitions/io.k8s.api.batch.v1.CronJobList

401

Unauthorizedj
x-kubernetes-actionlist
jL
x-kubernetes-group-version-kind)'group: batch
kind: CronJob
version: v1
"ì
batch_v1create a CronJob*createBatchV1NamespacedCronJobB?
=
;bodybody *+
)#/definitions/io.k8s.api.batch.v1.CronJobBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJﬁ
<
2005
3
OK-
+
)#/definitions/io.k8s.api.batch.v1.CronJob
A
201:
8
Created-
+
)#/definitions/io.k8s.api.batch.v1.CronJob
B
202;
9
Accepted-
+
)#/definitions/io.k8s.api.batch.v1.CronJob

401

Unauthorizedj
x-kubernetes-actionpost
jL
x-kubernetes-group-version-kind)'group: batch
kind: CronJob
version: v1
*€	
batch_v1&delete a collection of CronJob objects*(deleteCollectionBatchV1NamespacedCronJobBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jL
x-kubernetes-group-version-kind)'group: batch
kind: CronJob
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string∏
5/apis/batch/v1/namespaces/{namespace}/cronjobs/{name}˛ä
batch_v1read the specified CronJob*readBatchV1NamespacedCronJobJW
<
2005
3
OK-
+
)#/definitions/io.k8s.api.batch.v1.CronJob

401

Unauthorizedj
x-kubernetes-actionget
jL
x-kubernetes-group-version-kind)'group: batch
kind: CronJob
version: v1
†
batch_v1replace the specified CronJob*replaceBatchV1NamespacedCronJobB?
=
;bodybody *+
)#/definitions/io.k8s.api.batch.v1.CronJobBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJﬁ
<
2005
3
OK-
+
)#/definitions/io.k8s.api.batch.v1.CronJob
A
201:
8
Created-
+
)#/definitions/io.k8s.api.batch.v1.CronJob
B
202;
9
Accepted-
+
)#/definitions/io.k8s.api.batch.v1.CronJob

401

Unauthorizedj
x-kubernetes-actionput
jL
x-kubernetes-group-version-kind)'group: batch
kind: CronJob
version: v1
*ë
batch_v1delete a CronJob*deleteBatchV1NamespacedCronJobBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jL
x-kubernetes-group-version-kind)'group: batch
kind: CronJob
version: v1
Bã
batch_v1&partially update the specified CronJob*patchBatchV1NamespacedCronJob:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJﬁ
<
2005
3
OK-
+
)#/definitions/io.k8s.api.batch.v1.CronJob
A
201:
8
Created-
+
)#/definitions/io.k8s.api.batch.v1.CronJob
B
202;
9
Accepted-
+
)#/definitions/io.k8s.api.batch.v1.CronJob

401

Unauthorizedj
x-kubernetes-actionpatch
jL
x-kubernetes-group-version-kind)'group: batch
kind: CronJob
version: v1
J6
42"0pathThe name of the CronJob."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string€
</apis/batch/v1/namespaces/{namespace}/cronjobs/{name}/statusöö
batch_v1$read status of the specified CronJob*"readBatchV1NamespacedCronJobStatusJW
<
2005
3
OK-
+
)#/definitions/io.k8s.api.batch.v1.CronJob

401

Unauthorizedj
x-kubernetes-actionget
jL
x-kubernetes-group-version-kind)'group: batch
kind: CronJob
version: v1
∞
batch_v1'replace status of the specified CronJob*%replaceBatchV1NamespacedCronJobStatusB?
=
;bodybody *+
)#/definitions/io.k8s.api.batch.v1.CronJobBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJﬁ
<
2005
3
OK-
+
)#/definitions/io.k8s.api.batch.v1.CronJob
A
201:
8
Created-
+
)#/definitions/io.k8s.api.batch.v1.CronJob
B
202;
9
Accepted-
+
)#/definitions/io.k8s.api.batch.v1.CronJob

401

Unauthorizedj
x-kubernetes-actionput
jL
x-kubernetes-group-version-kind)'group: batch
kind: CronJob
version: v1
Bõ
batch_v10partially update status of the specified CronJob*#patchBatchV1NamespacedCronJobStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJﬁ
<
2005
3
OK-
+
)#/definitions/io.k8s.api.batch.v1.CronJob
A
201:
8
Created-
+
)#/definitions/io.k8s.api.batch.v1.CronJob
B
202;
9
Accepted-
+
)#/definitions/io.k8s.api.batch.v1.CronJob

401

Unauthorizedj
x-kubernetes-actionpatch
jL
x-kubernetes-group-version-kind)'group: batch
kind: CronJob
version: v1
J6
42"0pathThe name of the CronJob."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringî
*/apis/batch/v1/namespaces/{namespace}/jobsÂ¢
batch_v1list or watch Job objects*listBatchV1NamespacedJobBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJW
<
2005
3
OK-
+
)#/definitions/io.k8s.api.batch.v1.JobList

401

Unauthorizedj
x-kubernetes-actionlist
jH
x-kubernetes-group-version-kind%#group: batch
kind: Job
version: v1
"˜
batch_v1create a Job*createBatchV1NamespacedJobB;
9
7bodybody *'
%#/definitions/io.k8s.api.batch.v1.JobBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ“
8
2001
/
OK)
'
%#/definitions/io.k8s.api.batch.v1.Job
=
2016
4
Created)
'
%#/definitions/io.k8s.api.batch.v1.Job
>
2027
5
Accepted)
'
%#/definitions/io.k8s.api.batch.v1.Job

401

Unauthorizedj
x-kubernetes-actionpost
jH
x-kubernetes-group-version-kind%#group: batch
kind: Job
version: v1
*œ	
batch_v1"delete a collection of Job objects*$deleteCollectionBatchV1NamespacedJobBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jH
x-kubernetes-group-version-kind%#group: batch
kind: Job
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string‡
1/apis/batch/v1/namespaces/{namespace}/jobs/{name}™˙
batch_v1read the specified Job*readBatchV1NamespacedJobJS
8
2001
/
OK)
'
%#/definitions/io.k8s.api.batch.v1.Job

401

Unauthorizedj
x-kubernetes-actionget
jH
x-kubernetes-group-version-kind%#group: batch
kind: Job
version: v1
Ñ
batch_v1replace the specified Job*replaceBatchV1NamespacedJobB;
9
7bodybody *'
%#/definitions/io.k8s.api.batch.v1.JobBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ“
8
2001
/
OK)
'
%#/definitions/io.k8s.api.batch.v1.Job
=
2016
4
Created)
'
%#/definitions/io.k8s.api.batch.v1.Job
>
2027
5
Accepted)
'
%#/definitions/io.k8s.api.batch.v1.Job

401

Unauthorizedj
x-kubernetes-actionput
jH
x-kubernetes-group-version-kind%#group: batch
kind: Job
version: v1
*Ö
batch_v1delete a Job*deleteBatchV1NamespacedJobBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jH
x-kubernetes-group-version-kind%#group: batch
kind: Job
version: v1
BÛ
batch_v1"partially update the specified Job*patchBatchV1NamespacedJob:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ“
8
2001
/
OK)
'
%#/definitions/io.k8s.api.batch.v1.Job
=
2016
4
Created)
'
%#/definitions/io.k8s.api.batch.v1.Job
>
2027
5
Accepted)
'
%#/definitions/io.k8s.api.batch.v1.Job

401

Unauthorizedj
x-kubernetes-actionpatch
jH
x-kubernetes-group-version-kind%#group: batch
kind: Job
version: v1
J2
0.",pathThe name of the Job."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringè
8/apis/batch/v1/namespaces/{namespace}/jobs/{name}/status“ä
batch_v1 read status of the specified Job*readBatchV1NamespacedJobStatusJS
8
2001
/
OK)
'
%#/definitions/io.k8s.api.batch.v1.Job

401

Unauthorizedj
x-kubernetes-actionget
jH
x-kubernetes-group-version-kind%#group: batch
kind: Job
version: v1
î
batch_v1#replace status of the specified Job*!replaceBatchV1NamespacedJobStatusB;
9
7bodybody *'
%#/definitions/io.k8s.api.batch.v1.JobBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ“
8
2001
/
OK)
'
%#/definitions/io.k8s.api.batch.v1.Job
=
2016
4
Created)
'
%#/definitions/io.k8s.api.batch.v1.Job
>
2027
5
Accepted)
'
%#/definitions/io.k8s.api.batch.v1.Job

401

Unauthorizedj
x-kubernetes-actionput
jH
x-kubernetes-group-version-kind%#group: batch
kind: Job
version: v1
BÉ
batch_v1,partially update status of the specified Job*patchBatchV1NamespacedJobStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ“
8
2001
/
OK)
'
%#/definitions/io.k8s.api.batch.v1.Job
=
2016
4
Created)
'
%#/definitions/io.k8s.api.batch.v1.Job
>
2027
5
Accepted)
'
%#/definitions/io.k8s.api.batch.v1.Job

401

Unauthorizedj
x-kubernetes-actionpatch
jH
x-kubernetes-group-version-kind%#group: batch
kind: Job
version: v1
J2
0.",pathThe name of the Job."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringÌ
7/apis/certificates.k8s.io/v1/certificatesigningrequests±ì
certificates_v1/list or watch CertificateSigningRequest objects*+listCertificatesV1CertificateSigningRequestBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJt
Y
200R
P
OKJ
H
F#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequestList

401

Unauthorizedj
x-kubernetes-actionlist
jl
x-kubernetes-group-version-kindIGgroup: certificates.k8s.io
kind: CertificateSigningRequest
version: v1
"ø
certificates_v1"create a CertificateSigningRequest*-createCertificatesV1CertificateSigningRequestBX
V
Tbodybody *D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequestBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ©
U
200N
L
OKF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest
Z
201S
Q
CreatedF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest
[
202T
R
AcceptedF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest

401

Unauthorizedj
x-kubernetes-actionpost
jl
x-kubernetes-group-version-kindIGgroup: certificates.k8s.io
kind: CertificateSigningRequest
version: v1
*£

certificates_v18delete a collection of CertificateSigningRequest objects*7deleteCollectionCertificatesV1CertificateSigningRequestBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jl
x-kubernetes-group-version-kindIGgroup: certificates.k8s.io
kind: CertificateSigningRequest
version: v1
J1
/-+queryIndent the output."pretty2string˙
>/apis/certificates.k8s.io/v1/certificatesigningrequests/{name}∑Î
certificates_v1,read the specified CertificateSigningRequest*+readCertificatesV1CertificateSigningRequestJp
U
200N
L
OKF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest

401

Unauthorizedj
x-kubernetes-actionget
jl
x-kubernetes-group-version-kindIGgroup: certificates.k8s.io
kind: CertificateSigningRequest
version: v1
Ã
certificates_v1/replace the specified CertificateSigningRequest*.replaceCertificatesV1CertificateSigningRequestBX
V
Tbodybody *D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequestBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ©
U
200N
L
OKF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest
Z
201S
Q
CreatedF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest
[
202T
R
AcceptedF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest

401

Unauthorizedj
x-kubernetes-actionput
jl
x-kubernetes-group-version-kindIGgroup: certificates.k8s.io
kind: CertificateSigningRequest
version: v1
*Ÿ
certificates_v1"delete a CertificateSigningRequest*-deleteCertificatesV1CertificateSigningRequestBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jl
x-kubernetes-group-version-kindIGgroup: certificates.k8s.io
kind: CertificateSigningRequest
version: v1
Bû	
certificates_v18partially update the specified CertificateSigningRequest*,patchCertificatesV1CertificateSigningRequest:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ©
U
200N
L
OKF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest
Z
201S
Q
CreatedF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest
[
202T
R
AcceptedF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest

401

Unauthorizedj
x-kubernetes-actionpatch
jl
x-kubernetes-group-version-kindIGgroup: certificates.k8s.io
kind: CertificateSigningRequest
version: v1
JH
FD"Bpath*The name of the CertificateSigningRequest."name*stringJ1
/-+queryIndent the output."pretty2string’
E/apis/certificates.k8s.io/v1/certificatesigningrequests/{name}/statusã˚
certificates_v16read status of the specified CertificateSigningRequest*1readCertificatesV1CertificateSigningRequestStatusJp
U
200N
L
OKF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest

401

Unauthorizedj
x-kubernetes-actionget
jl
x-kubernetes-group-version-kindIGgroup: certificates.k8s.io
kind: CertificateSigningRequest
version: v1
‹
certificates_v19replace status of the specified CertificateSigningRequest*4replaceCertificatesV1CertificateSigningRequestStatusBX
V
Tbodybody *D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequestBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ©
U
200N
L
OKF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest
Z
201S
Q
CreatedF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest
[
202T
R
AcceptedF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest

401

Unauthorizedj
x-kubernetes-actionput
jl
x-kubernetes-group-version-kindIGgroup: certificates.k8s.io
kind: CertificateSigningRequest
version: v1
BÆ	
certificates_v1Bpartially update status of the specified CertificateSigningRequest*2patchCertificatesV1CertificateSigningRequestStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ©
U
200N
L
OKF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest
Z
201S
Q
CreatedF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest
[
202T
R
AcceptedF
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest

401

Unauthorizedj
x-kubernetes-actionpatch
jl
x-kubernetes-group-version-kindIGgroup: certificates.k8s.io
kind: CertificateSigningRequest
version: v1
JH
FD"Bpath*The name of the CertificateSigningRequest."name*stringJ1
/-+queryIndent the output."pretty2stringƒ
#/apis/coordination.k8s.io/v1/leasesúÊ
coordination_v1.list or watch Lease objects in every namespace*'listCoordinationV1LeaseForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ`
E
200>
<
OK6
4
2#/definitions/io.k8s.api.coordination.v1.LeaseList

401

Unauthorizedj
x-kubernetes-actionlist
jX
x-kubernetes-group-version-kind53group: coordination.k8s.io
kind: Lease
version: v1
J1
/-+queryIndent the output."pretty2string∑
:/apis/coordination.k8s.io/v1/namespaces/{namespace}/leases¯Õ
coordination_v1list or watch Lease objects*!listCoordinationV1NamespacedLeaseBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ`
E
200>
<
OK6
4
2#/definitions/io.k8s.api.coordination.v1.LeaseList

401

Unauthorizedj
x-kubernetes-actionlist
jX
x-kubernetes-group-version-kind53group: coordination.k8s.io
kind: Lease
version: v1
"Ω
coordination_v1create a Lease*#createCoordinationV1NamespacedLeaseBD
B
@bodybody *0
.#/definitions/io.k8s.api.coordination.v1.LeaseBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÌ
A
200:
8
OK2
0
.#/definitions/io.k8s.api.coordination.v1.Lease
F
201?
=
Created2
0
.#/definitions/io.k8s.api.coordination.v1.Lease
G
202@
>
Accepted2
0
.#/definitions/io.k8s.api.coordination.v1.Lease

401

Unauthorizedj
x-kubernetes-actionpost
jX
x-kubernetes-group-version-kind53group: coordination.k8s.io
kind: Lease
version: v1
*Ò	
coordination_v1$delete a collection of Lease objects*-deleteCollectionCoordinationV1NamespacedLeaseBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jX
x-kubernetes-group-version-kind53group: coordination.k8s.io
kind: Lease
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string¬
A/apis/coordination.k8s.io/v1/namespaces/{namespace}/leases/{name}¸•
coordination_v1read the specified Lease*!readCoordinationV1NamespacedLeaseJ\
A
200:
8
OK2
0
.#/definitions/io.k8s.api.coordination.v1.Lease

401

Unauthorizedj
x-kubernetes-actionget
jX
x-kubernetes-group-version-kind53group: coordination.k8s.io
kind: Lease
version: v1
 
coordination_v1replace the specified Lease*$replaceCoordinationV1NamespacedLeaseBD
B
@bodybody *0
.#/definitions/io.k8s.api.coordination.v1.LeaseBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÌ
A
200:
8
OK2
0
.#/definitions/io.k8s.api.coordination.v1.Lease
F
201?
=
Created2
0
.#/definitions/io.k8s.api.coordination.v1.Lease
G
202@
>
Accepted2
0
.#/definitions/io.k8s.api.coordination.v1.Lease

401

Unauthorizedj
x-kubernetes-actionput
jX
x-kubernetes-group-version-kind53group: coordination.k8s.io
kind: Lease
version: v1
*ß
coordination_v1delete a Lease*#deleteCoordinationV1NamespacedLeaseBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jX
x-kubernetes-group-version-kind53group: coordination.k8s.io
kind: Lease
version: v1
B∞
coordination_v1$partially update the specified Lease*"patchCoordinationV1NamespacedLease:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÌ
A
200:
8
OK2
0
.#/definitions/io.k8s.api.coordination.v1.Lease
F
201?
=
Created2
0
.#/definitions/io.k8s.api.coordination.v1.Lease
G
202@
>
Accepted2
0
.#/definitions/io.k8s.api.coordination.v1.Lease

401

Unauthorizedj
x-kubernetes-actionpatch
jX
x-kubernetes-group-version-kind53group: coordination.k8s.io
kind: Lease
version: v1
J4
20".pathThe name of the Lease."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string›
(/apis/discovery.k8s.io/v1/endpointslices∞˙
discovery_v16list or watch EndpointSlice objects in every namespace*,listDiscoveryV1EndpointSliceForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJe
J
200C
A
OK;
9
7#/definitions/io.k8s.api.discovery.v1.EndpointSliceList

401

Unauthorizedj
x-kubernetes-actionlist
j]
x-kubernetes-group-version-kind:8group: discovery.k8s.io
kind: EndpointSlice
version: v1
J1
/-+queryIndent the output."pretty2stringÇ
?/apis/discovery.k8s.io/v1/namespaces/{namespace}/endpointslicesæ·
discovery_v1#list or watch EndpointSlice objects*&listDiscoveryV1NamespacedEndpointSliceBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJe
J
200C
A
OK;
9
7#/definitions/io.k8s.api.discovery.v1.EndpointSliceList

401

Unauthorizedj
x-kubernetes-actionlist
j]
x-kubernetes-group-version-kind:8group: discovery.k8s.io
kind: EndpointSlice
version: v1
"‡
discovery_v1create a EndpointSlice*(createDiscoveryV1NamespacedEndpointSliceBI
G
Ebodybody *5
3#/definitions/io.k8s.api.discovery.v1.EndpointSliceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ¸
F
200?
=
OK7
5
3#/definitions/io.k8s.api.discovery.v1.EndpointSlice
K
201D
B
Created7
5
3#/definitions/io.k8s.api.discovery.v1.EndpointSlice
L
202E
C
Accepted7
5
3#/definitions/io.k8s.api.discovery.v1.EndpointSlice

401

Unauthorizedj
x-kubernetes-actionpost
j]
x-kubernetes-group-version-kind:8group: discovery.k8s.io
kind: EndpointSlice
version: v1
*Ä

discovery_v1,delete a collection of EndpointSlice objects*2deleteCollectionDiscoveryV1NamespacedEndpointSliceBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
j]
x-kubernetes-group-version-kind:8group: discovery.k8s.io
kind: EndpointSlice
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string≥
F/apis/discovery.k8s.io/v1/namespaces/{namespace}/endpointslices/{name}Ëπ
discovery_v1 read the specified EndpointSlice*&readDiscoveryV1NamespacedEndpointSliceJa
F
200?
=
OK7
5
3#/definitions/io.k8s.api.discovery.v1.EndpointSlice

401

Unauthorizedj
x-kubernetes-actionget
j]
x-kubernetes-group-version-kind:8group: discovery.k8s.io
kind: EndpointSlice
version: v1
Ì
discovery_v1#replace the specified EndpointSlice*)replaceDiscoveryV1NamespacedEndpointSliceBI
G
Ebodybody *5
3#/definitions/io.k8s.api.discovery.v1.EndpointSliceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ¸
F
200?
=
OK7
5
3#/definitions/io.k8s.api.discovery.v1.EndpointSlice
K
201D
B
Created7
5
3#/definitions/io.k8s.api.discovery.v1.EndpointSlice
L
202E
C
Accepted7
5
3#/definitions/io.k8s.api.discovery.v1.EndpointSlice

401

Unauthorizedj
x-kubernetes-actionput
j]
x-kubernetes-group-version-kind:8group: discovery.k8s.io
kind: EndpointSlice
version: v1
*∂
discovery_v1delete a EndpointSlice*(deleteDiscoveryV1NamespacedEndpointSliceBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
j]
x-kubernetes-group-version-kind:8group: discovery.k8s.io
kind: EndpointSlice
version: v1
BŒ
discovery_v1,partially update the specified EndpointSlice*'patchDiscoveryV1NamespacedEndpointSlice:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ¸
F
200?
=
OK7
5
3#/definitions/io.k8s.api.discovery.v1.EndpointSlice
K
201D
B
Created7
5
3#/definitions/io.k8s.api.discovery.v1.EndpointSlice
L
202E
C
Accepted7
5
3#/definitions/io.k8s.api.discovery.v1.EndpointSlice

401

Unauthorizedj
x-kubernetes-actionpatch
j]
x-kubernetes-group-version-kind:8group: discovery.k8s.io
kind: EndpointSlice
version: v1
J<
:8"6pathThe name of the EndpointSlice."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string¶
/apis/events.k8s.io/v1/eventsÑŒ
	events_v1.list or watch Event objects in every namespace*!listEventsV1EventForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJZ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.events.v1.EventList

401

Unauthorizedj
x-kubernetes-actionlist
jR
x-kubernetes-group-version-kind/-group: events.k8s.io
kind: Event
version: v1
J1
/-+queryIndent the output."pretty2string›
4/apis/events.k8s.io/v1/namespaces/{namespace}/events§µ
	events_v1list or watch Event objects*listEventsV1NamespacedEventBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJZ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.events.v1.EventList

401

Unauthorizedj
x-kubernetes-actionlist
jR
x-kubernetes-group-version-kind/-group: events.k8s.io
kind: Event
version: v1
"ì
	events_v1create a Event*createEventsV1NamespacedEventB>
<
:bodybody **
(#/definitions/io.k8s.api.events.v1.EventBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ€
;
2004
2
OK,
*
(#/definitions/io.k8s.api.events.v1.Event
@
2019
7
Created,
*
(#/definitions/io.k8s.api.events.v1.Event
A
202:
8
Accepted,
*
(#/definitions/io.k8s.api.events.v1.Event

401

Unauthorizedj
x-kubernetes-actionpost
jR
x-kubernetes-group-version-kind/-group: events.k8s.io
kind: Event
version: v1
*ﬂ	
	events_v1$delete a collection of Event objects*'deleteCollectionEventsV1NamespacedEventBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jR
x-kubernetes-group-version-kind/-group: events.k8s.io
kind: Event
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringƒ
;/apis/events.k8s.io/v1/namespaces/{namespace}/events/{name}Ñç
	events_v1read the specified Event*readEventsV1NamespacedEventJV
;
2004
2
OK,
*
(#/definitions/io.k8s.api.events.v1.Event

401

Unauthorizedj
x-kubernetes-actionget
jR
x-kubernetes-group-version-kind/-group: events.k8s.io
kind: Event
version: v1
†
	events_v1replace the specified Event*replaceEventsV1NamespacedEventB>
<
:bodybody **
(#/definitions/io.k8s.api.events.v1.EventBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ€
;
2004
2
OK,
*
(#/definitions/io.k8s.api.events.v1.Event
@
2019
7
Created,
*
(#/definitions/io.k8s.api.events.v1.Event
A
202:
8
Accepted,
*
(#/definitions/io.k8s.api.events.v1.Event

401

Unauthorizedj
x-kubernetes-actionput
jR
x-kubernetes-group-version-kind/-group: events.k8s.io
kind: Event
version: v1
*ï
	events_v1delete a Event*deleteEventsV1NamespacedEventBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jR
x-kubernetes-group-version-kind/-group: events.k8s.io
kind: Event
version: v1
Bå
	events_v1$partially update the specified Event*patchEventsV1NamespacedEvent:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ€
;
2004
2
OK,
*
(#/definitions/io.k8s.api.events.v1.Event
@
2019
7
Created,
*
(#/definitions/io.k8s.api.events.v1.Event
A
202:
8
Accepted,
*
(#/definitions/io.k8s.api.events.v1.Event

401

Unauthorizedj
x-kubernetes-actionpatch
jR
x-kubernetes-group-version-kind/-group: events.k8s.io
kind: Event
version: v1
J4
20".pathThe name of the Event."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string¢
8/apis/metrics.k8s.io/v1beta1/namespaces/{namespace}/podsÂÓ
metrics_v1beta1 list or watch PodMetrics objects*&listMetricsV1beta1NamespacedPodMetricsBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJr
W
200P
N
OKH
F
D#/definitions/io.k8s.metrics.pkg.apis.metrics.v1beta1.PodMetricsList

401

Unauthorizedj
x-kubernetes-actionlist
j]
x-kubernetes-group-version-kind:8group: metrics.k8s.io
kind: PodMetrics
version: v1beta1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringº
?/apis/metrics.k8s.io/v1beta1/namespaces/{namespace}/pods/{name}¯∆
metrics_v1beta1read the specified PodMetrics*&readMetricsV1beta1NamespacedPodMetricsJn
S
200L
J
OKD
B
@#/definitions/io.k8s.metrics.pkg.apis.metrics.v1beta1.PodMetrics

401

Unauthorizedj
x-kubernetes-actionget
j]
x-kubernetes-group-version-kind:8group: metrics.k8s.io
kind: PodMetrics
version: v1beta1
J9
75"3pathThe name of the PodMetrics."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string≈
"/apis/metrics.k8s.io/v1beta1/nodesûË
metrics_v1beta1!list or watch NodeMetrics objects*listMetricsV1beta1NodeMetricsBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJs
X
200Q
O
OKI
G
E#/definitions/io.k8s.metrics.pkg.apis.metrics.v1beta1.NodeMetricsList

401

Unauthorizedj
x-kubernetes-actionlist
j^
x-kubernetes-group-version-kind;9group: metrics.k8s.io
kind: NodeMetrics
version: v1beta1
J1
/-+queryIndent the output."pretty2string‡
)/apis/metrics.k8s.io/v1beta1/nodes/{name}≤¿
metrics_v1beta1read the specified NodeMetrics*readMetricsV1beta1NodeMetricsJo
T
200M
K
OKE
C
A#/definitions/io.k8s.metrics.pkg.apis.metrics.v1beta1.NodeMetrics

401

Unauthorizedj
x-kubernetes-actionget
j^
x-kubernetes-group-version-kind;9group: metrics.k8s.io
kind: NodeMetrics
version: v1beta1
J:
86"4pathThe name of the NodeMetrics."name*stringJ1
/-+queryIndent the output."pretty2string„
!/apis/metrics.k8s.io/v1beta1/podsΩá
metrics_v1beta13list or watch PodMetrics objects in every namespace*,listMetricsV1beta1PodMetricsForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJr
W
200P
N
OKH
F
D#/definitions/io.k8s.metrics.pkg.apis.metrics.v1beta1.PodMetricsList

401

Unauthorizedj
x-kubernetes-actionlist
j]
x-kubernetes-group-version-kind:8group: metrics.k8s.io
kind: PodMetrics
version: v1beta1
J1
/-+queryIndent the output."pretty2stringç
)/apis/networking.k8s.io/v1/ingressclassesﬂ◊
networking_v1"list or watch IngressClass objects*listNetworkingV1IngressClassBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJe
J
200C
A
OK;
9
7#/definitions/io.k8s.api.networking.v1.IngressClassList

401

Unauthorizedj
x-kubernetes-actionlist
j]
x-kubernetes-group-version-kind:8group: networking.k8s.io
kind: IngressClass
version: v1
"÷
networking_v1create a IngressClass*createNetworkingV1IngressClassBI
G
Ebodybody *5
3#/definitions/io.k8s.api.networking.v1.IngressClassBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ¸
F
200?
=
OK7
5
3#/definitions/io.k8s.api.networking.v1.IngressClass
K
201D
B
Created7
5
3#/definitions/io.k8s.api.networking.v1.IngressClass
L
202E
C
Accepted7
5
3#/definitions/io.k8s.api.networking.v1.IngressClass

401

Unauthorizedj
x-kubernetes-actionpost
j]
x-kubernetes-group-version-kind:8group: networking.k8s.io
kind: IngressClass
version: v1
*ˆ	
networking_v1+delete a collection of IngressClass objects*(deleteCollectionNetworkingV1IngressClassBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
j]
x-kubernetes-group-version-kind:8group: networking.k8s.io
kind: IngressClass
version: v1
J1
/-+queryIndent the output."pretty2string≥
0/apis/networking.k8s.io/v1/ingressclasses/{name}˛Ø
networking_v1read the specified IngressClass*readNetworkingV1IngressClassJa
F
200?
=
OK7
5
3#/definitions/io.k8s.api.networking.v1.IngressClass

401

Unauthorizedj
x-kubernetes-actionget
j]
x-kubernetes-group-version-kind:8group: networking.k8s.io
kind: IngressClass
version: v1
„
networking_v1"replace the specified IngressClass*replaceNetworkingV1IngressClassBI
G
Ebodybody *5
3#/definitions/io.k8s.api.networking.v1.IngressClassBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ¸
F
200?
=
OK7
5
3#/definitions/io.k8s.api.networking.v1.IngressClass
K
201D
B
Created7
5
3#/definitions/io.k8s.api.networking.v1.IngressClass
L
202E
C
Accepted7
5
3#/definitions/io.k8s.api.networking.v1.IngressClass

401

Unauthorizedj
x-kubernetes-actionput
j]
x-kubernetes-group-version-kind:8group: networking.k8s.io
kind: IngressClass
version: v1
*¨
networking_v1delete a IngressClass*deleteNetworkingV1IngressClassBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
j]
x-kubernetes-group-version-kind:8group: networking.k8s.io
kind: IngressClass
version: v1
Bƒ
networking_v1+partially update the specified IngressClass*patchNetworkingV1IngressClass:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ¸
F
200?
=
OK7
5
3#/definitions/io.k8s.api.networking.v1.IngressClass
K
201D
B
Created7
5
3#/definitions/io.k8s.api.networking.v1.IngressClass
L
202E
C
Accepted7
5
3#/definitions/io.k8s.api.networking.v1.IngressClass

401

Unauthorizedj
x-kubernetes-actionpatch
j]
x-kubernetes-group-version-kind:8group: networking.k8s.io
kind: IngressClass
version: v1
J;
97"5pathThe name of the IngressClass."name*stringJ1
/-+queryIndent the output."pretty2string≈
$/apis/networking.k8s.io/v1/ingressesúÊ
networking_v10list or watch Ingress objects in every namespace*'listNetworkingV1IngressForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ`
E
200>
<
OK6
4
2#/definitions/io.k8s.api.networking.v1.IngressList

401

Unauthorizedj
x-kubernetes-actionlist
jX
x-kubernetes-group-version-kind53group: networking.k8s.io
kind: Ingress
version: v1
J1
/-+queryIndent the output."pretty2string∏
;/apis/networking.k8s.io/v1/namespaces/{namespace}/ingresses¯Õ
networking_v1list or watch Ingress objects*!listNetworkingV1NamespacedIngressBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ`
E
200>
<
OK6
4
2#/definitions/io.k8s.api.networking.v1.IngressList

401

Unauthorizedj
x-kubernetes-actionlist
jX
x-kubernetes-group-version-kind53group: networking.k8s.io
kind: Ingress
version: v1
"Ω
networking_v1create a Ingress*#createNetworkingV1NamespacedIngressBD
B
@bodybody *0
.#/definitions/io.k8s.api.networking.v1.IngressBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÌ
A
200:
8
OK2
0
.#/definitions/io.k8s.api.networking.v1.Ingress
F
201?
=
Created2
0
.#/definitions/io.k8s.api.networking.v1.Ingress
G
202@
>
Accepted2
0
.#/definitions/io.k8s.api.networking.v1.Ingress

401

Unauthorizedj
x-kubernetes-actionpost
jX
x-kubernetes-group-version-kind53group: networking.k8s.io
kind: Ingress
version: v1
*Ò	
networking_v1&delete a collection of Ingress objects*-deleteCollectionNetworkingV1NamespacedIngressBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jX
x-kubernetes-group-version-kind53group: networking.k8s.io
kind: Ingress
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string≈
B/apis/networking.k8s.io/v1/namespaces/{namespace}/ingresses/{name}˛•
networking_v1read the specified Ingress*!readNetworkingV1NamespacedIngressJ\
A
200:
8
OK2
0
.#/definitions/io.k8s.api.networking.v1.Ingress

401

Unauthorizedj
x-kubernetes-actionget
jX
x-kubernetes-group-version-kind53group: networking.k8s.io
kind: Ingress
version: v1
 
networking_v1replace the specified Ingress*$replaceNetworkingV1NamespacedIngressBD
B
@bodybody *0
.#/definitions/io.k8s.api.networking.v1.IngressBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÌ
A
200:
8
OK2
0
.#/definitions/io.k8s.api.networking.v1.Ingress
F
201?
=
Created2
0
.#/definitions/io.k8s.api.networking.v1.Ingress
G
202@
>
Accepted2
0
.#/definitions/io.k8s.api.networking.v1.Ingress

401

Unauthorizedj
x-kubernetes-actionput
jX
x-kubernetes-group-version-kind53group: networking.k8s.io
kind: Ingress
version: v1
*ß
networking_v1delete a Ingress*#deleteNetworkingV1NamespacedIngressBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jX
x-kubernetes-group-version-kind53group: networking.k8s.io
kind: Ingress
version: v1
B∞
networking_v1&partially update the specified Ingress*"patchNetworkingV1NamespacedIngress:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÌ
A
200:
8
OK2
0
.#/definitions/io.k8s.api.networking.v1.Ingress
F
201?
=
Created2
0
.#/definitions/io.k8s.api.networking.v1.Ingress
G
202@
>
Accepted2
0
.#/definitions/io.k8s.api.networking.v1.Ingress

401

Unauthorizedj
x-kubernetes-actionpatch
jX
x-kubernetes-group-version-kind53group: networking.k8s.io
kind: Ingress
version: v1
J6
42"0pathThe name of the Ingress."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string“
I/apis/networking.k8s.io/v1/namespaces/{namespace}/ingresses/{name}/statusÑµ
networking_v1$read status of the specified Ingress*'readNetworkingV1NamespacedIngressStatusJ\
A
200:
8
OK2
0
.#/definitions/io.k8s.api.networking.v1.Ingress

401

Unauthorizedj
x-kubernetes-actionget
jX
x-kubernetes-group-version-kind53group: networking.k8s.io
kind: Ingress
version: v1
⁄
networking_v1'replace status of the specified Ingress**replaceNetworkingV1NamespacedIngressStatusBD
B
@bodybody *0
.#/definitions/io.k8s.api.networking.v1.IngressBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÌ
A
200:
8
OK2
0
.#/definitions/io.k8s.api.networking.v1.Ingress
F
201?
=
Created2
0
.#/definitions/io.k8s.api.networking.v1.Ingress
G
202@
>
Accepted2
0
.#/definitions/io.k8s.api.networking.v1.Ingress

401

Unauthorizedj
x-kubernetes-actionput
jX
x-kubernetes-group-version-kind53group: networking.k8s.io
kind: Ingress
version: v1
B¿
networking_v10partially update status of the specified Ingress*(patchNetworkingV1NamespacedIngressStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÌ
A
200:
8
OK2
0
.#/definitions/io.k8s.api.networking.v1.Ingress
F
201?
=
Created2
0
.#/definitions/io.k8s.api.networking.v1.Ingress
G
202@
>
Accepted2
0
.#/definitions/io.k8s.api.networking.v1.Ingress

401

Unauthorizedj
x-kubernetes-actionpatch
jX
x-kubernetes-group-version-kind53group: networking.k8s.io
kind: Ingress
version: v1
J6
42"0pathThe name of the Ingress."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringí
A/apis/networking.k8s.io/v1/namespaces/{namespace}/networkpoliciesÃÂ
networking_v1#list or watch NetworkPolicy objects*'listNetworkingV1NamespacedNetworkPolicyBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJf
K
200D
B
OK<
:
8#/definitions/io.k8s.api.networking.v1.NetworkPolicyList

401

Unauthorizedj
x-kubernetes-actionlist
j^
x-kubernetes-group-version-kind;9group: networking.k8s.io
kind: NetworkPolicy
version: v1
"Á
networking_v1create a NetworkPolicy*)createNetworkingV1NamespacedNetworkPolicyBJ
H
Fbodybody *6
4#/definitions/io.k8s.api.networking.v1.NetworkPolicyBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJˇ
G
200@
>
OK8
6
4#/definitions/io.k8s.api.networking.v1.NetworkPolicy
L
201E
C
Created8
6
4#/definitions/io.k8s.api.networking.v1.NetworkPolicy
M
202F
D
Accepted8
6
4#/definitions/io.k8s.api.networking.v1.NetworkPolicy

401

Unauthorizedj
x-kubernetes-actionpost
j^
x-kubernetes-group-version-kind;9group: networking.k8s.io
kind: NetworkPolicy
version: v1
*É

networking_v1,delete a collection of NetworkPolicy objects*3deleteCollectionNetworkingV1NamespacedNetworkPolicyBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
j^
x-kubernetes-group-version-kind;9group: networking.k8s.io
kind: NetworkPolicy
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string…
H/apis/networking.k8s.io/v1/namespaces/{namespace}/networkpolicies/{name}¸Ω
networking_v1 read the specified NetworkPolicy*'readNetworkingV1NamespacedNetworkPolicyJb
G
200@
>
OK8
6
4#/definitions/io.k8s.api.networking.v1.NetworkPolicy

401

Unauthorizedj
x-kubernetes-actionget
j^
x-kubernetes-group-version-kind;9group: networking.k8s.io
kind: NetworkPolicy
version: v1
Ù
networking_v1#replace the specified NetworkPolicy**replaceNetworkingV1NamespacedNetworkPolicyBJ
H
Fbodybody *6
4#/definitions/io.k8s.api.networking.v1.NetworkPolicyBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJˇ
G
200@
>
OK8
6
4#/definitions/io.k8s.api.networking.v1.NetworkPolicy
L
201E
C
Created8
6
4#/definitions/io.k8s.api.networking.v1.NetworkPolicy
M
202F
D
Accepted8
6
4#/definitions/io.k8s.api.networking.v1.NetworkPolicy

401

Unauthorizedj
x-kubernetes-actionput
j^
x-kubernetes-group-version-kind;9group: networking.k8s.io
kind: NetworkPolicy
version: v1
*π
networking_v1delete a NetworkPolicy*)deleteNetworkingV1NamespacedNetworkPolicyBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
j^
x-kubernetes-group-version-kind;9group: networking.k8s.io
kind: NetworkPolicy
version: v1
B‘
networking_v1,partially update the specified NetworkPolicy*(patchNetworkingV1NamespacedNetworkPolicy:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJˇ
G
200@
>
OK8
6
4#/definitions/io.k8s.api.networking.v1.NetworkPolicy
L
201E
C
Created8
6
4#/definitions/io.k8s.api.networking.v1.NetworkPolicy
M
202F
D
Accepted8
6
4#/definitions/io.k8s.api.networking.v1.NetworkPolicy

401

Unauthorizedj
x-kubernetes-actionpatch
j^
x-kubernetes-group-version-kind;9group: networking.k8s.io
kind: NetworkPolicy
version: v1
J<
:8"6pathThe name of the NetworkPolicy."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string„
*/apis/networking.k8s.io/v1/networkpolicies¥˛
networking_v16list or watch NetworkPolicy objects in every namespace*-listNetworkingV1NetworkPolicyForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJf
K
200D
B
OK<
:
8#/definitions/io.k8s.api.networking.v1.NetworkPolicyList

401

Unauthorizedj
x-kubernetes-actionlist
j^
x-kubernetes-group-version-kind;9group: networking.k8s.io
kind: NetworkPolicy
version: v1
J1
/-+queryIndent the output."pretty2stringì
;/apis/policy/v1/namespaces/{namespace}/poddisruptionbudgets”Ê
	policy_v1)list or watch PodDisruptionBudget objects*)listPolicyV1NamespacedPodDisruptionBudgetBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJh
M
200F
D
OK>
<
:#/definitions/io.k8s.api.policy.v1.PodDisruptionBudgetList

401

Unauthorizedj
x-kubernetes-actionlist
jY
x-kubernetes-group-version-kind64group: policy
kind: PodDisruptionBudget
version: v1
"Ó
	policy_v1create a PodDisruptionBudget*+createPolicyV1NamespacedPodDisruptionBudgetBL
J
Hbodybody *8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudgetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget
N
201G
E
Created:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget

401

Unauthorizedj
x-kubernetes-actionpost
jY
x-kubernetes-group-version-kind64group: policy
kind: PodDisruptionBudget
version: v1
*Ç

	policy_v12delete a collection of PodDisruptionBudget objects*5deleteCollectionPolicyV1NamespacedPodDisruptionBudgetBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jY
x-kubernetes-group-version-kind64group: policy
kind: PodDisruptionBudget
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string’
B/apis/policy/v1/namespaces/{namespace}/poddisruptionbudgets/{name}éæ
	policy_v1&read the specified PodDisruptionBudget*)readPolicyV1NamespacedPodDisruptionBudgetJd
I
200B
@
OK:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget

401

Unauthorizedj
x-kubernetes-actionget
jY
x-kubernetes-group-version-kind64group: policy
kind: PodDisruptionBudget
version: v1
˚
	policy_v1)replace the specified PodDisruptionBudget*,replacePolicyV1NamespacedPodDisruptionBudgetBL
J
Hbodybody *8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudgetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget
N
201G
E
Created:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget

401

Unauthorizedj
x-kubernetes-actionput
jY
x-kubernetes-group-version-kind64group: policy
kind: PodDisruptionBudget
version: v1
*∏
	policy_v1delete a PodDisruptionBudget*+deletePolicyV1NamespacedPodDisruptionBudgetBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jY
x-kubernetes-group-version-kind64group: policy
kind: PodDisruptionBudget
version: v1
BŸ
	policy_v12partially update the specified PodDisruptionBudget**patchPolicyV1NamespacedPodDisruptionBudget:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget
N
201G
E
Created:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget

401

Unauthorizedj
x-kubernetes-actionpatch
jY
x-kubernetes-group-version-kind64group: policy
kind: PodDisruptionBudget
version: v1
JB
@>"<path$The name of the PodDisruptionBudget."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string—
I/apis/policy/v1/namespaces/{namespace}/poddisruptionbudgets/{name}/statusÉŒ
	policy_v10read status of the specified PodDisruptionBudget*/readPolicyV1NamespacedPodDisruptionBudgetStatusJd
I
200B
@
OK:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget

401

Unauthorizedj
x-kubernetes-actionget
jY
x-kubernetes-group-version-kind64group: policy
kind: PodDisruptionBudget
version: v1
ã
	policy_v13replace status of the specified PodDisruptionBudget*2replacePolicyV1NamespacedPodDisruptionBudgetStatusBL
J
Hbodybody *8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudgetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget
N
201G
E
Created:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget

401

Unauthorizedj
x-kubernetes-actionput
jY
x-kubernetes-group-version-kind64group: policy
kind: PodDisruptionBudget
version: v1
BÈ
	policy_v1<partially update status of the specified PodDisruptionBudget*0patchPolicyV1NamespacedPodDisruptionBudgetStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget
N
201G
E
Created:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget

401

Unauthorizedj
x-kubernetes-actionpatch
jY
x-kubernetes-group-version-kind64group: policy
kind: PodDisruptionBudget
version: v1
JB
@>"<path$The name of the PodDisruptionBudget."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringﬁ
$/apis/policy/v1/poddisruptionbudgetsµˇ
	policy_v1<list or watch PodDisruptionBudget objects in every namespace*/listPolicyV1PodDisruptionBudgetForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJh
M
200F
D
OK>
<
:#/definitions/io.k8s.api.policy.v1.PodDisruptionBudgetList

401

Unauthorizedj
x-kubernetes-actionlist
jY
x-kubernetes-group-version-kind64group: policy
kind: PodDisruptionBudget
version: v1
J1
/-+queryIndent the output."pretty2stringí
6/apis/rbac.authorization.k8s.io/v1/clusterrolebindings◊ˇ
rbacAuthorization_v1(list or watch ClusterRoleBinding objects*)listRbacAuthorizationV1ClusterRoleBindingBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJe
J
200C
A
OK;
9
7#/definitions/io.k8s.api.rbac.v1.ClusterRoleBindingList

401

Unauthorizedj
x-kubernetes-actionlist
jk
x-kubernetes-group-version-kindHFgroup: rbac.authorization.k8s.io
kind: ClusterRoleBinding
version: v1
"˛
rbacAuthorization_v1create a ClusterRoleBinding*+createRbacAuthorizationV1ClusterRoleBindingBI
G
Ebodybody *5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBindingBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ¸
F
200?
=
OK7
5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBinding
K
201D
B
Created7
5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBinding
L
202E
C
Accepted7
5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBinding

401

Unauthorizedj
x-kubernetes-actionpost
jk
x-kubernetes-group-version-kindHFgroup: rbac.authorization.k8s.io
kind: ClusterRoleBinding
version: v1
*û

rbacAuthorization_v11delete a collection of ClusterRoleBinding objects*5deleteCollectionRbacAuthorizationV1ClusterRoleBindingBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jk
x-kubernetes-group-version-kindHFgroup: rbac.authorization.k8s.io
kind: ClusterRoleBinding
version: v1
J1
/-+queryIndent the output."pretty2stringÊ
=/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/{name}§◊
rbacAuthorization_v1%read the specified ClusterRoleBinding*)readRbacAuthorizationV1ClusterRoleBindingJa
F
200?
=
OK7
5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBinding

401

Unauthorizedj
x-kubernetes-actionget
jk
x-kubernetes-group-version-kindHFgroup: rbac.authorization.k8s.io
kind: ClusterRoleBinding
version: v1
ã
rbacAuthorization_v1(replace the specified ClusterRoleBinding*,replaceRbacAuthorizationV1ClusterRoleBindingBI
G
Ebodybody *5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBindingBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ¸
F
200?
=
OK7
5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBinding
K
201D
B
Created7
5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBinding
L
202E
C
Accepted7
5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBinding

401

Unauthorizedj
x-kubernetes-actionput
jk
x-kubernetes-group-version-kindHFgroup: rbac.authorization.k8s.io
kind: ClusterRoleBinding
version: v1
*‘
rbacAuthorization_v1delete a ClusterRoleBinding*+deleteRbacAuthorizationV1ClusterRoleBindingBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jk
x-kubernetes-group-version-kindHFgroup: rbac.authorization.k8s.io
kind: ClusterRoleBinding
version: v1
BÏ
rbacAuthorization_v11partially update the specified ClusterRoleBinding**patchRbacAuthorizationV1ClusterRoleBinding:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ¸
F
200?
=
OK7
5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBinding
K
201D
B
Created7
5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBinding
L
202E
C
Accepted7
5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBinding

401

Unauthorizedj
x-kubernetes-actionpatch
jk
x-kubernetes-group-version-kindHFgroup: rbac.authorization.k8s.io
kind: ClusterRoleBinding
version: v1
JA
?=";path#The name of the ClusterRoleBinding."name*stringJ1
/-+queryIndent the output."pretty2string©
//apis/rbac.authorization.k8s.io/v1/clusterrolesı„
rbacAuthorization_v1!list or watch ClusterRole objects*"listRbacAuthorizationV1ClusterRoleBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ^
C
200<
:
OK4
2
0#/definitions/io.k8s.api.rbac.v1.ClusterRoleList

401

Unauthorizedj
x-kubernetes-actionlist
jd
x-kubernetes-group-version-kindA?group: rbac.authorization.k8s.io
kind: ClusterRole
version: v1
"Õ
rbacAuthorization_v1create a ClusterRole*$createRbacAuthorizationV1ClusterRoleBB
@
>bodybody *.
,#/definitions/io.k8s.api.rbac.v1.ClusterRoleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÁ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.rbac.v1.ClusterRole
D
201=
;
Created0
.
,#/definitions/io.k8s.api.rbac.v1.ClusterRole
E
202>
<
Accepted0
.
,#/definitions/io.k8s.api.rbac.v1.ClusterRole

401

Unauthorizedj
x-kubernetes-actionpost
jd
x-kubernetes-group-version-kindA?group: rbac.authorization.k8s.io
kind: ClusterRole
version: v1
*â

rbacAuthorization_v1*delete a collection of ClusterRole objects*.deleteCollectionRbacAuthorizationV1ClusterRoleBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jd
x-kubernetes-group-version-kindA?group: rbac.authorization.k8s.io
kind: ClusterRole
version: v1
J1
/-+queryIndent the output."pretty2stringÃ
6/apis/rbac.authorization.k8s.io/v1/clusterroles/{name}ëª
rbacAuthorization_v1read the specified ClusterRole*"readRbacAuthorizationV1ClusterRoleJZ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.rbac.v1.ClusterRole

401

Unauthorizedj
x-kubernetes-actionget
jd
x-kubernetes-group-version-kindA?group: rbac.authorization.k8s.io
kind: ClusterRole
version: v1
⁄
rbacAuthorization_v1!replace the specified ClusterRole*%replaceRbacAuthorizationV1ClusterRoleBB
@
>bodybody *.
,#/definitions/io.k8s.api.rbac.v1.ClusterRoleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÁ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.rbac.v1.ClusterRole
D
201=
;
Created0
.
,#/definitions/io.k8s.api.rbac.v1.ClusterRole
E
202>
<
Accepted0
.
,#/definitions/io.k8s.api.rbac.v1.ClusterRole

401

Unauthorizedj
x-kubernetes-actionput
jd
x-kubernetes-group-version-kindA?group: rbac.authorization.k8s.io
kind: ClusterRole
version: v1
*ø
rbacAuthorization_v1delete a ClusterRole*$deleteRbacAuthorizationV1ClusterRoleBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jd
x-kubernetes-group-version-kindA?group: rbac.authorization.k8s.io
kind: ClusterRole
version: v1
B¬
rbacAuthorization_v1*partially update the specified ClusterRole*#patchRbacAuthorizationV1ClusterRole:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÁ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.rbac.v1.ClusterRole
D
201=
;
Created0
.
,#/definitions/io.k8s.api.rbac.v1.ClusterRole
E
202>
<
Accepted0
.
,#/definitions/io.k8s.api.rbac.v1.ClusterRole

401

Unauthorizedj
x-kubernetes-actionpatch
jd
x-kubernetes-group-version-kindA?group: rbac.authorization.k8s.io
kind: ClusterRole
version: v1
J:
86"4pathThe name of the ClusterRole."name*stringJ1
/-+queryIndent the output."pretty2stringü
F/apis/rbac.authorization.k8s.io/v1/namespaces/{namespace}/rolebindings‘Ì
rbacAuthorization_v1!list or watch RoleBinding objects*,listRbacAuthorizationV1NamespacedRoleBindingBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ^
C
200<
:
OK4
2
0#/definitions/io.k8s.api.rbac.v1.RoleBindingList

401

Unauthorizedj
x-kubernetes-actionlist
jd
x-kubernetes-group-version-kindA?group: rbac.authorization.k8s.io
kind: RoleBinding
version: v1
"◊
rbacAuthorization_v1create a RoleBinding*.createRbacAuthorizationV1NamespacedRoleBindingBB
@
>bodybody *.
,#/definitions/io.k8s.api.rbac.v1.RoleBindingBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÁ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.rbac.v1.RoleBinding
D
201=
;
Created0
.
,#/definitions/io.k8s.api.rbac.v1.RoleBinding
E
202>
<
Accepted0
.
,#/definitions/io.k8s.api.rbac.v1.RoleBinding

401

Unauthorizedj
x-kubernetes-actionpost
jd
x-kubernetes-group-version-kindA?group: rbac.authorization.k8s.io
kind: RoleBinding
version: v1
*ì

rbacAuthorization_v1*delete a collection of RoleBinding objects*8deleteCollectionRbacAuthorizationV1NamespacedRoleBindingBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jd
x-kubernetes-group-version-kindA?group: rbac.authorization.k8s.io
kind: RoleBinding
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2stringÃ
M/apis/rbac.authorization.k8s.io/v1/namespaces/{namespace}/rolebindings/{name}˙≈
rbacAuthorization_v1read the specified RoleBinding*,readRbacAuthorizationV1NamespacedRoleBindingJZ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.rbac.v1.RoleBinding

401

Unauthorizedj
x-kubernetes-actionget
jd
x-kubernetes-group-version-kindA?group: rbac.authorization.k8s.io
kind: RoleBinding
version: v1
‰
rbacAuthorization_v1!replace the specified RoleBinding*/replaceRbacAuthorizationV1NamespacedRoleBindingBB
@
>bodybody *.
,#/definitions/io.k8s.api.rbac.v1.RoleBindingBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÁ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.rbac.v1.RoleBinding
D
201=
;
Created0
.
,#/definitions/io.k8s.api.rbac.v1.RoleBinding
E
202>
<
Accepted0
.
,#/definitions/io.k8s.api.rbac.v1.RoleBinding

401

Unauthorizedj
x-kubernetes-actionput
jd
x-kubernetes-group-version-kindA?group: rbac.authorization.k8s.io
kind: RoleBinding
version: v1
*…
rbacAuthorization_v1delete a RoleBinding*.deleteRbacAuthorizationV1NamespacedRoleBindingBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jd
x-kubernetes-group-version-kindA?group: rbac.authorization.k8s.io
kind: RoleBinding
version: v1
BÃ
rbacAuthorization_v1*partially update the specified RoleBinding*-patchRbacAuthorizationV1NamespacedRoleBinding:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÁ
?
2008
6
OK0
.
,#/definitions/io.k8s.api.rbac.v1.RoleBinding
D
201=
;
Created0
.
,#/definitions/io.k8s.api.rbac.v1.RoleBinding
E
202>
<
Accepted0
.
,#/definitions/io.k8s.api.rbac.v1.RoleBinding

401

Unauthorizedj
x-kubernetes-actionpatch
jd
x-kubernetes-group-version-kindA?group: rbac.authorization.k8s.io
kind: RoleBinding
version: v1
J:
86"4pathThe name of the RoleBinding."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string∂
?/apis/rbac.authorization.k8s.io/v1/namespaces/{namespace}/rolesÚ—
rbacAuthorization_v1list or watch Role objects*%listRbacAuthorizationV1NamespacedRoleBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJW
<
2005
3
OK-
+
)#/definitions/io.k8s.api.rbac.v1.RoleList

401

Unauthorizedj
x-kubernetes-actionlist
j]
x-kubernetes-group-version-kind:8group: rbac.authorization.k8s.io
kind: Role
version: v1
"¶
rbacAuthorization_v1create a Role*'createRbacAuthorizationV1NamespacedRoleB;
9
7bodybody *'
%#/definitions/io.k8s.api.rbac.v1.RoleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ“
8
2001
/
OK)
'
%#/definitions/io.k8s.api.rbac.v1.Role
=
2016
4
Created)
'
%#/definitions/io.k8s.api.rbac.v1.Role
>
2027
5
Accepted)
'
%#/definitions/io.k8s.api.rbac.v1.Role

401

Unauthorizedj
x-kubernetes-actionpost
j]
x-kubernetes-group-version-kind:8group: rbac.authorization.k8s.io
kind: Role
version: v1
*˛	
rbacAuthorization_v1#delete a collection of Role objects*1deleteCollectionRbacAuthorizationV1NamespacedRoleBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
j]
x-kubernetes-group-version-kind:8group: rbac.authorization.k8s.io
kind: Role
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string≤
F/apis/rbac.authorization.k8s.io/v1/namespaces/{namespace}/roles/{name}Á©
rbacAuthorization_v1read the specified Role*%readRbacAuthorizationV1NamespacedRoleJS
8
2001
/
OK)
'
%#/definitions/io.k8s.api.rbac.v1.Role

401

Unauthorizedj
x-kubernetes-actionget
j]
x-kubernetes-group-version-kind:8group: rbac.authorization.k8s.io
kind: Role
version: v1
≥
rbacAuthorization_v1replace the specified Role*(replaceRbacAuthorizationV1NamespacedRoleB;
9
7bodybody *'
%#/definitions/io.k8s.api.rbac.v1.RoleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ“
8
2001
/
OK)
'
%#/definitions/io.k8s.api.rbac.v1.Role
=
2016
4
Created)
'
%#/definitions/io.k8s.api.rbac.v1.Role
>
2027
5
Accepted)
'
%#/definitions/io.k8s.api.rbac.v1.Role

401

Unauthorizedj
x-kubernetes-actionput
j]
x-kubernetes-group-version-kind:8group: rbac.authorization.k8s.io
kind: Role
version: v1
*¥
rbacAuthorization_v1delete a Role*'deleteRbacAuthorizationV1NamespacedRoleBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
j]
x-kubernetes-group-version-kind:8group: rbac.authorization.k8s.io
kind: Role
version: v1
B¢
rbacAuthorization_v1#partially update the specified Role*&patchRbacAuthorizationV1NamespacedRole:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ“
8
2001
/
OK)
'
%#/definitions/io.k8s.api.rbac.v1.Role
=
2016
4
Created)
'
%#/definitions/io.k8s.api.rbac.v1.Role
>
2027
5
Accepted)
'
%#/definitions/io.k8s.api.rbac.v1.Role

401

Unauthorizedj
x-kubernetes-actionpatch
j]
x-kubernetes-group-version-kind:8group: rbac.authorization.k8s.io
kind: Role
version: v1
J3
1/"-pathThe name of the Role."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string
//apis/rbac.authorization.k8s.io/v1/rolebindingsºÜ
rbacAuthorization_v14list or watch RoleBinding objects in every namespace*2listRbacAuthorizationV1RoleBindingForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ^
C
200<
:
OK4
2
0#/definitions/io.k8s.api.rbac.v1.RoleBindingList

401

Unauthorizedj
x-kubernetes-actionlist
jd
x-kubernetes-group-version-kindA?group: rbac.authorization.k8s.io
kind: RoleBinding
version: v1
J1
/-+queryIndent the output."pretty2stringÕ
(/apis/rbac.authorization.k8s.io/v1/roles†Í
rbacAuthorization_v1-list or watch Role objects in every namespace*+listRbacAuthorizationV1RoleForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJW
<
2005
3
OK-
+
)#/definitions/io.k8s.api.rbac.v1.RoleList

401

Unauthorizedj
x-kubernetes-actionlist
j]
x-kubernetes-group-version-kind:8group: rbac.authorization.k8s.io
kind: Role
version: v1
J1
/-+queryIndent the output."pretty2stringú
*/apis/scheduling.k8s.io/v1/priorityclassesÌ€
scheduling_v1#list or watch PriorityClass objects*listSchedulingV1PriorityClassBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJf
K
200D
B
OK<
:
8#/definitions/io.k8s.api.scheduling.v1.PriorityClassList

401

Unauthorizedj
x-kubernetes-actionlist
j^
x-kubernetes-group-version-kind;9group: scheduling.k8s.io
kind: PriorityClass
version: v1
"›
scheduling_v1create a PriorityClass*createSchedulingV1PriorityClassBJ
H
Fbodybody *6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClassBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJˇ
G
200@
>
OK8
6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClass
L
201E
C
Created8
6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClass
M
202F
D
Accepted8
6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClass

401

Unauthorizedj
x-kubernetes-actionpost
j^
x-kubernetes-group-version-kind;9group: scheduling.k8s.io
kind: PriorityClass
version: v1
*˘	
scheduling_v1,delete a collection of PriorityClass objects*)deleteCollectionSchedulingV1PriorityClassBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
j^
x-kubernetes-group-version-kind;9group: scheduling.k8s.io
kind: PriorityClass
version: v1
J1
/-+queryIndent the output."pretty2string…
1/apis/scheduling.k8s.io/v1/priorityclasses/{name}ì≥
scheduling_v1 read the specified PriorityClass*readSchedulingV1PriorityClassJb
G
200@
>
OK8
6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClass

401

Unauthorizedj
x-kubernetes-actionget
j^
x-kubernetes-group-version-kind;9group: scheduling.k8s.io
kind: PriorityClass
version: v1
Í
scheduling_v1#replace the specified PriorityClass* replaceSchedulingV1PriorityClassBJ
H
Fbodybody *6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClassBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJˇ
G
200@
>
OK8
6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClass
L
201E
C
Created8
6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClass
M
202F
D
Accepted8
6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClass

401

Unauthorizedj
x-kubernetes-actionput
j^
x-kubernetes-group-version-kind;9group: scheduling.k8s.io
kind: PriorityClass
version: v1
*Ø
scheduling_v1delete a PriorityClass*deleteSchedulingV1PriorityClassBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
j^
x-kubernetes-group-version-kind;9group: scheduling.k8s.io
kind: PriorityClass
version: v1
B 
scheduling_v1,partially update the specified PriorityClass*patchSchedulingV1PriorityClass:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJˇ
G
200@
>
OK8
6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClass
L
201E
C
Created8
6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClass
M
202F
D
Accepted8
6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClass

401

Unauthorizedj
x-kubernetes-actionpatch
j^
x-kubernetes-group-version-kind;9group: scheduling.k8s.io
kind: PriorityClass
version: v1
J<
:8"6pathThe name of the PriorityClass."name*stringJ1
/-+queryIndent the output."pretty2string≤
"/apis/storage.k8s.io/v1/csidriversãø

storage_v1list or watch CSIDriver objects*listStorageV1CSIDriverBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ_
D
200=
;
OK5
3
1#/definitions/io.k8s.api.storage.v1.CSIDriverList

401

Unauthorizedj
x-kubernetes-actionlist
jW
x-kubernetes-group-version-kind42group: storage.k8s.io
kind: CSIDriver
version: v1
"¨

storage_v1create a CSIDriver*createStorageV1CSIDriverBC
A
?bodybody */
-#/definitions/io.k8s.api.storage.v1.CSIDriverBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÍ
@
2009
7
OK1
/
-#/definitions/io.k8s.api.storage.v1.CSIDriver
E
201>
<
Created1
/
-#/definitions/io.k8s.api.storage.v1.CSIDriver
F
202?
=
Accepted1
/
-#/definitions/io.k8s.api.storage.v1.CSIDriver

401

Unauthorizedj
x-kubernetes-actionpost
jW
x-kubernetes-group-version-kind42group: storage.k8s.io
kind: CSIDriver
version: v1
*‰	

storage_v1(delete a collection of CSIDriver objects*"deleteCollectionStorageV1CSIDriverBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jW
x-kubernetes-group-version-kind42group: storage.k8s.io
kind: CSIDriver
version: v1
J1
/-+queryIndent the output."pretty2string±
)/apis/storage.k8s.io/v1/csidrivers/{name}Éó

storage_v1read the specified CSIDriver*readStorageV1CSIDriverJ[
@
2009
7
OK1
/
-#/definitions/io.k8s.api.storage.v1.CSIDriver

401

Unauthorizedj
x-kubernetes-actionget
jW
x-kubernetes-group-version-kind42group: storage.k8s.io
kind: CSIDriver
version: v1
π

storage_v1replace the specified CSIDriver*replaceStorageV1CSIDriverBC
A
?bodybody */
-#/definitions/io.k8s.api.storage.v1.CSIDriverBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÍ
@
2009
7
OK1
/
-#/definitions/io.k8s.api.storage.v1.CSIDriver
E
201>
<
Created1
/
-#/definitions/io.k8s.api.storage.v1.CSIDriver
F
202?
=
Accepted1
/
-#/definitions/io.k8s.api.storage.v1.CSIDriver

401

Unauthorizedj
x-kubernetes-actionput
jW
x-kubernetes-group-version-kind42group: storage.k8s.io
kind: CSIDriver
version: v1
*ö

storage_v1delete a CSIDriver*deleteStorageV1CSIDriverBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jW
x-kubernetes-group-version-kind42group: storage.k8s.io
kind: CSIDriver
version: v1
B†

storage_v1(partially update the specified CSIDriver*patchStorageV1CSIDriver:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÍ
@
2009
7
OK1
/
-#/definitions/io.k8s.api.storage.v1.CSIDriver
E
201>
<
Created1
/
-#/definitions/io.k8s.api.storage.v1.CSIDriver
F
202?
=
Accepted1
/
-#/definitions/io.k8s.api.storage.v1.CSIDriver

401

Unauthorizedj
x-kubernetes-actionpatch
jW
x-kubernetes-group-version-kind42group: storage.k8s.io
kind: CSIDriver
version: v1
J8
64"2pathThe name of the CSIDriver."name*stringJ1
/-+queryIndent the output."pretty2stringî
 /apis/storage.k8s.io/v1/csinodesÔ∑

storage_v1list or watch CSINode objects*listStorageV1CSINodeBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ]
B
200;
9
OK3
1
/#/definitions/io.k8s.api.storage.v1.CSINodeList

401

Unauthorizedj
x-kubernetes-actionlist
jU
x-kubernetes-group-version-kind20group: storage.k8s.io
kind: CSINode
version: v1
"û

storage_v1create a CSINode*createStorageV1CSINodeBA
?
=bodybody *-
+#/definitions/io.k8s.api.storage.v1.CSINodeBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.storage.v1.CSINode
C
201<
:
Created/
-
+#/definitions/io.k8s.api.storage.v1.CSINode
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.storage.v1.CSINode

401

Unauthorizedj
x-kubernetes-actionpost
jU
x-kubernetes-group-version-kind20group: storage.k8s.io
kind: CSINode
version: v1
*ﬁ	

storage_v1&delete a collection of CSINode objects* deleteCollectionStorageV1CSINodeBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jU
x-kubernetes-group-version-kind20group: storage.k8s.io
kind: CSINode
version: v1
J1
/-+queryIndent the output."pretty2stringÖ
'/apis/storage.k8s.io/v1/csinodes/{name}Ÿè

storage_v1read the specified CSINode*readStorageV1CSINodeJY
>
2007
5
OK/
-
+#/definitions/io.k8s.api.storage.v1.CSINode

401

Unauthorizedj
x-kubernetes-actionget
jU
x-kubernetes-group-version-kind20group: storage.k8s.io
kind: CSINode
version: v1
´

storage_v1replace the specified CSINode*replaceStorageV1CSINodeBA
?
=bodybody *-
+#/definitions/io.k8s.api.storage.v1.CSINodeBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.storage.v1.CSINode
C
201<
:
Created/
-
+#/definitions/io.k8s.api.storage.v1.CSINode
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.storage.v1.CSINode

401

Unauthorizedj
x-kubernetes-actionput
jU
x-kubernetes-group-version-kind20group: storage.k8s.io
kind: CSINode
version: v1
*î

storage_v1delete a CSINode*deleteStorageV1CSINodeBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jU
x-kubernetes-group-version-kind20group: storage.k8s.io
kind: CSINode
version: v1
Bî

storage_v1&partially update the specified CSINode*patchStorageV1CSINode:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ‰
>
2007
5
OK/
-
+#/definitions/io.k8s.api.storage.v1.CSINode
C
201<
:
Created/
-
+#/definitions/io.k8s.api.storage.v1.CSINode
D
202=
;
Accepted/
-
+#/definitions/io.k8s.api.storage.v1.CSINode

401

Unauthorizedj
x-kubernetes-actionpatch
jU
x-kubernetes-group-version-kind20group: storage.k8s.io
kind: CSINode
version: v1
J6
42"0pathThe name of the CSINode."name*stringJ1
/-+queryIndent the output."pretty2stringÌ
,/apis/storage.k8s.io/v1/csistoragecapacitiesºÜ

storage_v1;list or watch CSIStorageCapacity objects in every namespace*/listStorageV1CSIStorageCapacityForAllNamespacesBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJh
M
200F
D
OK>
<
:#/definitions/io.k8s.api.storage.v1.CSIStorageCapacityList

401

Unauthorizedj
x-kubernetes-actionlist
j`
x-kubernetes-group-version-kind=;group: storage.k8s.io
kind: CSIStorageCapacity
version: v1
J1
/-+queryIndent the output."pretty2string∞
C/apis/storage.k8s.io/v1/namespaces/{namespace}/csistoragecapacitiesËÌ

storage_v1(list or watch CSIStorageCapacity objects*)listStorageV1NamespacedCSIStorageCapacityBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJh
M
200F
D
OK>
<
:#/definitions/io.k8s.api.storage.v1.CSIStorageCapacityList

401

Unauthorizedj
x-kubernetes-actionlist
j`
x-kubernetes-group-version-kind=;group: storage.k8s.io
kind: CSIStorageCapacity
version: v1
"ı

storage_v1create a CSIStorageCapacity*+createStorageV1NamespacedCSIStorageCapacityBL
J
Hbodybody *8
6#/definitions/io.k8s.api.storage.v1.CSIStorageCapacityBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.storage.v1.CSIStorageCapacity
N
201G
E
Created:
8
6#/definitions/io.k8s.api.storage.v1.CSIStorageCapacity
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.storage.v1.CSIStorageCapacity

401

Unauthorizedj
x-kubernetes-actionpost
j`
x-kubernetes-group-version-kind=;group: storage.k8s.io
kind: CSIStorageCapacity
version: v1
*â


storage_v11delete a collection of CSIStorageCapacity objects*5deleteCollectionStorageV1NamespacedCSIStorageCapacityBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
j`
x-kubernetes-group-version-kind=;group: storage.k8s.io
kind: CSIStorageCapacity
version: v1
J?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string¯
J/apis/storage.k8s.io/v1/namespaces/{namespace}/csistoragecapacities/{name}©≈

storage_v1%read the specified CSIStorageCapacity*)readStorageV1NamespacedCSIStorageCapacityJd
I
200B
@
OK:
8
6#/definitions/io.k8s.api.storage.v1.CSIStorageCapacity

401

Unauthorizedj
x-kubernetes-actionget
j`
x-kubernetes-group-version-kind=;group: storage.k8s.io
kind: CSIStorageCapacity
version: v1
Ç

storage_v1(replace the specified CSIStorageCapacity*,replaceStorageV1NamespacedCSIStorageCapacityBL
J
Hbodybody *8
6#/definitions/io.k8s.api.storage.v1.CSIStorageCapacityBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.storage.v1.CSIStorageCapacity
N
201G
E
Created:
8
6#/definitions/io.k8s.api.storage.v1.CSIStorageCapacity
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.storage.v1.CSIStorageCapacity

401

Unauthorizedj
x-kubernetes-actionput
j`
x-kubernetes-group-version-kind=;group: storage.k8s.io
kind: CSIStorageCapacity
version: v1
*ø

storage_v1delete a CSIStorageCapacity*+deleteStorageV1NamespacedCSIStorageCapacityBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
j`
x-kubernetes-group-version-kind=;group: storage.k8s.io
kind: CSIStorageCapacity
version: v1
B‡

storage_v11partially update the specified CSIStorageCapacity**patchStorageV1NamespacedCSIStorageCapacity:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÖ
I
200B
@
OK:
8
6#/definitions/io.k8s.api.storage.v1.CSIStorageCapacity
N
201G
E
Created:
8
6#/definitions/io.k8s.api.storage.v1.CSIStorageCapacity
O
202H
F
Accepted:
8
6#/definitions/io.k8s.api.storage.v1.CSIStorageCapacity

401

Unauthorizedj
x-kubernetes-actionpatch
j`
x-kubernetes-group-version-kind=;group: storage.k8s.io
kind: CSIStorageCapacity
version: v1
JA
?=";path#The name of the CSIStorageCapacity."name*stringJ?
=;"9pathThe namespace of the object."	namespace*stringJ1
/-+queryIndent the output."pretty2string‡
&/apis/storage.k8s.io/v1/storageclassesµÀ

storage_v1"list or watch StorageClass objects*listStorageV1StorageClassBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJb
G
200@
>
OK8
6
4#/definitions/io.k8s.api.storage.v1.StorageClassList

401

Unauthorizedj
x-kubernetes-actionlist
jZ
x-kubernetes-group-version-kind75group: storage.k8s.io
kind: StorageClass
version: v1
"¡

storage_v1create a StorageClass*createStorageV1StorageClassBF
D
Bbodybody *2
0#/definitions/io.k8s.api.storage.v1.StorageClassBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÛ
C
200<
:
OK4
2
0#/definitions/io.k8s.api.storage.v1.StorageClass
H
201A
?
Created4
2
0#/definitions/io.k8s.api.storage.v1.StorageClass
I
202B
@
Accepted4
2
0#/definitions/io.k8s.api.storage.v1.StorageClass

401

Unauthorizedj
x-kubernetes-actionpost
jZ
x-kubernetes-group-version-kind75group: storage.k8s.io
kind: StorageClass
version: v1
*Ì	

storage_v1+delete a collection of StorageClass objects*%deleteCollectionStorageV1StorageClassBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
jZ
x-kubernetes-group-version-kind75group: storage.k8s.io
kind: StorageClass
version: v1
J1
/-+queryIndent the output."pretty2stringÙ
-/apis/storage.k8s.io/v1/storageclasses/{name}¬£

storage_v1read the specified StorageClass*readStorageV1StorageClassJ^
C
200<
:
OK4
2
0#/definitions/io.k8s.api.storage.v1.StorageClass

401

Unauthorizedj
x-kubernetes-actionget
jZ
x-kubernetes-group-version-kind75group: storage.k8s.io
kind: StorageClass
version: v1
Œ

storage_v1"replace the specified StorageClass*replaceStorageV1StorageClassBF
D
Bbodybody *2
0#/definitions/io.k8s.api.storage.v1.StorageClassBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÛ
C
200<
:
OK4
2
0#/definitions/io.k8s.api.storage.v1.StorageClass
H
201A
?
Created4
2
0#/definitions/io.k8s.api.storage.v1.StorageClass
I
202B
@
Accepted4
2
0#/definitions/io.k8s.api.storage.v1.StorageClass

401

Unauthorizedj
x-kubernetes-actionput
jZ
x-kubernetes-group-version-kind75group: storage.k8s.io
kind: StorageClass
version: v1
*£

storage_v1delete a StorageClass*deleteStorageV1StorageClassBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
jZ
x-kubernetes-group-version-kind75group: storage.k8s.io
kind: StorageClass
version: v1
B≤

storage_v1+partially update the specified StorageClass*patchStorageV1StorageClass:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÛ
C
200<
:
OK4
2
0#/definitions/io.k8s.api.storage.v1.StorageClass
H
201A
?
Created4
2
0#/definitions/io.k8s.api.storage.v1.StorageClass
I
202B
@
Accepted4
2
0#/definitions/io.k8s.api.storage.v1.StorageClass

401

Unauthorizedj
x-kubernetes-actionpatch
jZ
x-kubernetes-group-version-kind75group: storage.k8s.io
kind: StorageClass
version: v1
J;
97"5pathThe name of the StorageClass."name*stringJ1
/-+queryIndent the output."pretty2stringõ
)/apis/storage.k8s.io/v1/volumeattachmentsÌ€

storage_v1&list or watch VolumeAttachment objects*listStorageV1VolumeAttachmentBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJf
K
200D
B
OK<
:
8#/definitions/io.k8s.api.storage.v1.VolumeAttachmentList

401

Unauthorizedj
x-kubernetes-actionlist
j^
x-kubernetes-group-version-kind;9group: storage.k8s.io
kind: VolumeAttachment
version: v1
"›

storage_v1create a VolumeAttachment*createStorageV1VolumeAttachmentBJ
H
Fbodybody *6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachmentBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJˇ
G
200@
>
OK8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment
L
201E
C
Created8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment
M
202F
D
Accepted8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment

401

Unauthorizedj
x-kubernetes-actionpost
j^
x-kubernetes-group-version-kind;9group: storage.k8s.io
kind: VolumeAttachment
version: v1
*˘	

storage_v1/delete a collection of VolumeAttachment objects*)deleteCollectionStorageV1VolumeAttachmentBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj*
x-kubernetes-actiondeletecollection
j^
x-kubernetes-group-version-kind;9group: storage.k8s.io
kind: VolumeAttachment
version: v1
J1
/-+queryIndent the output."pretty2stringÀ
0/apis/storage.k8s.io/v1/volumeattachments/{name}ñ≥

storage_v1#read the specified VolumeAttachment*readStorageV1VolumeAttachmentJb
G
200@
>
OK8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment

401

Unauthorizedj
x-kubernetes-actionget
j^
x-kubernetes-group-version-kind;9group: storage.k8s.io
kind: VolumeAttachment
version: v1
Í

storage_v1&replace the specified VolumeAttachment* replaceStorageV1VolumeAttachmentBJ
H
Fbodybody *6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachmentBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJˇ
G
200@
>
OK8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment
L
201E
C
Created8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment
M
202F
D
Accepted8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment

401

Unauthorizedj
x-kubernetes-actionput
j^
x-kubernetes-group-version-kind;9group: storage.k8s.io
kind: VolumeAttachment
version: v1
*Ø

storage_v1delete a VolumeAttachment*deleteStorageV1VolumeAttachmentBT
R
Pbodybody*B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsBh
fdbqueryIWhen present, the deletion is not persisted. The only valid value is All."dryRun2stringBQ
OMKquery%Seconds before the object is deleted."gracePeriodSeconds2integerBg
ecaquery=How dependents are deleted: Orphan, Background or Foreground."propagationPolicy2stringJg
L
200E
C
OK=
;
9#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status

401

Unauthorizedj 
x-kubernetes-action	delete
j^
x-kubernetes-group-version-kind;9group: storage.k8s.io
kind: VolumeAttachment
version: v1
B 

storage_v1/partially update the specified VolumeAttachment*patchStorageV1VolumeAttachment:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJˇ
G
200@
>
OK8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment
L
201E
C
Created8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment
M
202F
D
Accepted8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment

401

Unauthorizedj
x-kubernetes-actionpatch
j^
x-kubernetes-group-version-kind;9group: storage.k8s.io
kind: VolumeAttachment
version: v1
J?
=;"9path!The name of the VolumeAttachment."name*stringJ1
/-+queryIndent the output."pretty2string–
7/apis/storage.k8s.io/v1/volumeattachments/{name}/statusî√

storage_v1-read status of the specified VolumeAttachment*#readStorageV1VolumeAttachmentStatusJb
G
200@
>
OK8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment

401

Unauthorizedj
x-kubernetes-actionget
j^
x-kubernetes-group-version-kind;9group: storage.k8s.io
kind: VolumeAttachment
version: v1
˙

storage_v10replace status of the specified VolumeAttachment*&replaceStorageV1VolumeAttachmentStatusBJ
H
Fbodybody *6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachmentBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJˇ
G
200@
>
OK8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment
L
201E
C
Created8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment
M
202F
D
Accepted8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment

401

Unauthorizedj
x-kubernetes-actionput
j^
x-kubernetes-group-version-kind;9group: storage.k8s.io
kind: VolumeAttachment
version: v1
B⁄

storage_v19partially update status of the specified VolumeAttachment*$patchStorageV1VolumeAttachmentStatus:application/json-patch+json:application/merge-patch+json:&application/strategic-merge-patch+json:application/apply-patch+yamlBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJˇ
G
200@
>
OK8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment
L
201E
C
Created8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment
M
202F
D
Accepted8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment

401

Unauthorizedj
x-kubernetes-actionpatch
j^
x-kubernetes-group-version-kind;9group: storage.k8s.io
kind: VolumeAttachment
version: v1
J?
=;"9path!The name of the VolumeAttachment."name*stringJ1
/-+queryIndent the output."pretty2stringJë∫
‰
2io.k8s.api.admissionregistration.v1.MatchCondition≠"A named CEL condition.önameö
expression≤
object s
E

expression7"*A CEL expression that evaluates to a bool.≤
string
*
name""The condition's name.≤
string
◊
3io.k8s.api.admissionregistration.v1.MutatingWebhookü"One mutating webhook.önameöclientConfigösideEffectsöadmissionReviewVersions≤
object ª
£
admissionReviewVersionsá"EAdmissionReview versions the webhook accepts, in order of preference.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

r
clientConfigb
E#/definitions/io.k8s.api.admissionregistration.v1.WebhookClientConfig"How to reach the webhook.
Y
failurePolicyH";What happens when the call fails: Ignore or Fail (default).≤
string
≈
matchConditions±"=CEL conditions a request must meet to be sent to the webhook.≤
array∫D
B
@#/definitions/io.k8s.api.admissionregistration.v1.MatchCondition˙'
x-kubernetes-list-map-keys	- name
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keyname
˙'
x-kubernetes-patch-strategymerge

g
matchPolicyX"KHow rules match requests for other versions: Exact or Equivalent (default).≤
string
[
nameS"FThe webhook's fully qualified name, such as imagepolicy.kubernetes.io.≤
string
°
namespaceSelectorã
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"GRuns the webhook only for objects in namespaces matching this selector.
ö
objectSelectorá
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"CRuns the webhook only for objects whose labels match this selector.
z
reinvocationPolicyd"WWhether the webhook is called again after later mutations: Never (default) or IfNeeded.≤
string
æ
rules¥"7The operations and resources the webhook is called for.≤
array∫H
F
D#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperations˙#
x-kubernetes-list-type	atomic

W
sideEffectsH";Whether the webhook has side effects: None or NoneOnDryRun.≤
string
_
timeoutSecondsMint32"8Seconds before the call times out, 1-30. Defaults to 10.≤	
integer
ﬂ
@io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationö"3Webhooks that may accept, reject or change objects.≤
object ’
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
è
webhooksÇ"The webhooks.≤
array∫E
C
A#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhook˙'
x-kubernetes-list-map-keys	- name
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keyname
˙'
x-kubernetes-patch-strategymerge
˙~
x-kubernetes-group-version-kind[Y- group: admissionregistration.k8s.io
  kind: MutatingWebhookConfiguration
  version: v1

ÿ
Dio.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationListè"/A list of MutatingWebhookConfiguration objects.öitems≤
object ¡
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
î
itemsä")The MutatingWebhookConfiguration objects.≤
array∫R
P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙Ç
x-kubernetes-group-version-kind_]- group: admissionregistration.k8s.io
  kind: MutatingWebhookConfigurationList
  version: v1

î
6io.k8s.api.admissionregistration.v1.RuleWithOperationsŸ"4Operations on resources of some groups and versions.≤
object î
i
	apiGroups\"API groups; "*" means all.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

m
apiVersions^"API versions; "*" means all.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

w

operationsi"'CREATE, UPDATE, DELETE, CONNECT or "*".≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

Å
	resourcest"2Resources, or resource/subresource; "*" means all.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

;
scope2"%Cluster, Namespaced or "*" (default).≤
string
Ã
4io.k8s.api.admissionregistration.v1.ServiceReferenceì"A reference to a service.ö	namespaceöname≤
object ÷
)
name!"Name of the service.≤
string
3
	namespace&"Namespace of the service.≤
string
3
path+"URL path requests are sent to.≤
string
?
port7int32""The service port. Defaults to 443.≤	
integer
ﬂ
5io.k8s.api.admissionregistration.v1.ValidatingWebhook•"One validating webhook.önameöclientConfigösideEffectsöadmissionReviewVersions≤
object ø
£
admissionReviewVersionsá"EAdmissionReview versions the webhook accepts, in order of preference.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

r
clientConfigb
E#/definitions/io.k8s.api.admissionregistration.v1.WebhookClientConfig"How to reach the webhook.
Y
failurePolicyH";What happens when the call fails: Ignore or Fail (default).≤
string
≈
matchConditions±"=CEL conditions a request must meet to be sent to the webhook.≤
array∫D
B
@#/definitions/io.k8s.api.admissionregistration.v1.MatchCondition˙'
x-kubernetes-list-map-keys	- name
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keyname
˙'
x-kubernetes-patch-strategymerge

g
matchPolicyX"KHow rules match requests for other versions: Exact or Equivalent (default).≤
string
[
nameS"FThe webhook's fully qualified name, such as imagepolicy.kubernetes.io.≤
string
°
namespaceSelectorã
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"GRuns the webhook only for objects in namespaces matching this selector.
ö
objectSelectorá
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"CRuns the webhook only for objects whose labels match this selector.
æ
rules¥"7The operations and resources the webhook is called for.≤
array∫H
F
D#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperations˙#
x-kubernetes-list-type	atomic

W
sideEffectsH";Whether the webhook has side effects: None or NoneOnDryRun.≤
string
_
timeoutSecondsMint32"8Seconds before the call times out, 1-30. Defaults to 10.≤	
integer
Ù
Bio.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration≠"AWebhooks that may accept or reject objects without changing them.≤
object ◊
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
ë
webhooksÑ"The webhooks.≤
array∫G
E
C#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhook˙'
x-kubernetes-list-map-keys	- name
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keyname
˙'
x-kubernetes-patch-strategymerge
˙Ä
x-kubernetes-group-version-kind][- group: admissionregistration.k8s.io
  kind: ValidatingWebhookConfiguration
  version: v1

‚
Fio.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationListó"1A list of ValidatingWebhookConfiguration objects.öitems≤
object ≈
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
ò
itemsé"+The ValidatingWebhookConfiguration objects.≤
array∫T
R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙Ñ
x-kubernetes-group-version-kinda_- group: admissionregistration.k8s.io
  kind: ValidatingWebhookConfigurationList
  version: v1

ã
7io.k8s.api.admissionregistration.v1.WebhookClientConfigœ"+How to reach a webhook: a URL or a service.≤
object ì
V
caBundleJbyte"7PEM CA bundle used to verify the webhook's certificate.≤
string
~
services
B#/definitions/io.k8s.api.admissionregistration.v1.ServiceReference"-A service in the cluster; exclusive with url.
9
url2"%An https URL; exclusive with service.≤
string
“
%io.k8s.api.apps.v1.ControllerRevision®"VA ControllerRevision is an immutable snapshot of a workload's template, for rollbacks.örevision≤
object ◊
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
[
dataS
:#/definitions/io.k8s.apimachinery.pkg.runtime.RawExtension"The serialized state.
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
5
revision)int64"The revision number.≤	
integer˙\
x-kubernetes-group-version-kind97- group: apps
  kind: ControllerRevision
  version: v1

È
)io.k8s.api.apps.v1.ControllerRevisionListª"%A list of ControllerRevision objects.öitems≤
object ö
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
n
itemse"The ControllerRevision objects.≤
array∫7
5
3#/definitions/io.k8s.api.apps.v1.ControllerRevision
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙`
x-kubernetes-group-version-kind=;- group: apps
  kind: ControllerRevisionList
  version: v1

Ë
io.k8s.api.apps.v1.DaemonSet«"<A DaemonSet runs one copy of a pod on every (selected) node.≤
object §
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
a
specY
.#/definitions/io.k8s.api.apps.v1.DaemonSetSpec"'The desired behaviour of the DaemonSet.
|
statusr
0#/definitions/io.k8s.api.apps.v1.DaemonSetStatus">The most recently observed status of the DaemonSet. Read-only.˙S
x-kubernetes-group-version-kind0.- group: apps
  kind: DaemonSet
  version: v1

º
 io.k8s.api.apps.v1.DaemonSetListó"A list of DaemonSet objects.öitems≤
object à
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
\
itemsS"The DaemonSet objects.≤
array∫.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙W
x-kubernetes-group-version-kind42- group: apps
  kind: DaemonSetList
  version: v1

ú
 io.k8s.api.apps.v1.DaemonSetSpec˜"!The desired state of a DaemonSet.öselectorötemplate≤
object Ø
m
minReadySecondsZint32"ESeconds a new pod must be ready to count as available. Defaults to 0.≤	
integer
]
revisionHistoryLimitEint32"0How many old revisions are kept. Defaults to 10.≤	
integer
É
selectorw
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"3Selects the pods; must match the template's labels.
Y
templateM
0#/definitions/io.k8s.api.core.v1.PodTemplateSpec"The pod run on each node.
~
updateStrategyl
8#/definitions/io.k8s.api.apps.v1.DaemonSetUpdateStrategy"0How pods are replaced when the template changes.
«	
"io.k8s.api.apps.v1.DaemonSetStatus†	""The observed state of a DaemonSet.öcurrentNumberScheduledönumberMisscheduledödesiredNumberScheduledönumberReady≤
object ò
G
collisionCount5int32" Counts revision hash collisions.≤	
integer
ô

conditionsä"The DaemonSet's conditions.≤
array∫?
=≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙'
x-kubernetes-list-map-keys	- type
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keytype
˙'
x-kubernetes-patch-strategymerge

a
currentNumberScheduledGint32"2Nodes running at least one daemon pod that should.≤	
integer
T
desiredNumberScheduled:int32"%Nodes that should run the daemon pod.≤	
integer
L
numberAvailable9int32"$Nodes whose daemon pod is available.≤	
integer
X
numberMisscheduledBint32"-Nodes running the daemon pod that should not.≤	
integer
D
numberReady5int32" Nodes whose daemon pod is ready.≤	
integer
R
numberUnavailable=int32"(Nodes whose daemon pod is not available.≤	
integer
`
observedGenerationJint64"5The metadata.generation the controller last acted on.≤	
integer
T
updatedNumberScheduled:int32"%Nodes running the current daemon pod.≤	
integer
´
*io.k8s.api.apps.v1.DaemonSetUpdateStrategy¸""How a DaemonSet replaces its pods.≤
object …
ã
rollingUpdatez";Parameters of a RollingUpdate: maxSurge and maxUnavailable.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

9
type1"$RollingUpdate (default) or OnDelete.≤
string
™
io.k8s.api.apps.v1.Deploymentà"xA Deployment manages ReplicaSets to keep a number of identical pods running and rolls out changes to them declaratively.≤
object ®
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
c
spec[
/#/definitions/io.k8s.api.apps.v1.DeploymentSpec"(The desired behaviour of the Deployment.
~
statust
1#/definitions/io.k8s.api.apps.v1.DeploymentStatus"?The most recently observed status of the Deployment. Read-only.˙T
x-kubernetes-group-version-kind1/- group: apps
  kind: Deployment
  version: v1

ã
&io.k8s.api.apps.v1.DeploymentCondition‡"One condition of a Deployment.ötypeöstatus≤
object °
x
lastTransitionTimeb
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"'When the condition last changed status.
q
lastUpdateTime_
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"$When the condition was last updated.
F
message;".Human-readable details of the last transition.≤
string
z
reasonp"cA CamelCase reason: MinimumReplicasAvailable, NewReplicaSetAvailable, ProgressDeadlineExceeded, ‚Ä¶≤
string
.
status$"True, False or Unknown.≤
string
>
type6")Available, Progressing or ReplicaFailure.≤
string
¡
!io.k8s.api.apps.v1.DeploymentListõ"A list of Deployment objects.öitems≤
object ä
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
^
itemsU"The Deployment objects.≤
array∫/
-
+#/definitions/io.k8s.api.apps.v1.Deployment
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙X
x-kubernetes-group-version-kind53- group: apps
  kind: DeploymentList
  version: v1

Í	
!io.k8s.api.apps.v1.DeploymentSpecƒ	""The desired state of a Deployment.öselectorötemplate≤
object ˚
é
minReadySeconds{int32"fSeconds a new pod must be ready, without any container crashing, to count as available. Defaults to 0.≤	
integer
R
pausedH":When true, changes to the template do not start a rollout.≤	
boolean
´
progressDeadlineSecondsèint32"zSeconds a rollout may make no progress before the Progressing condition reports ProgressDeadlineExceeded. Defaults to 600.≤	
integer
•
replicasòint32"ÇThe number of desired pods. Unset means 1; 0 is a valid explicit value. Changed by kubectl scale and by a HorizontalPodAutoscaler.≤	
integer
l
revisionHistoryLimitTint32"?How many old ReplicaSets are kept for rollback. Defaults to 10.≤	
integer
Ω
selector∞
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"lSelects the pods the Deployment manages; must match the template's labels. Cannot be changed after creation.
ô
strategyå
3#/definitions/io.k8s.api.apps.v1.DeploymentStrategy"&How old pods are replaced by new ones.˙,
x-kubernetes-patch-strategyretainKeys

t
templateh
0#/definitions/io.k8s.api.core.v1.PodTemplateSpec"4The pods to create. A change to it starts a rollout.
ÿ
#io.k8s.api.apps.v1.DeploymentStatus∞"#The observed state of a Deployment.≤
object ¸
R
availableReplicas=int32"(Pods ready for at least minReadySeconds.≤	
integer
q
collisionCount_int32"JCounts template hash collisions; used to make new ReplicaSet names unique.≤	
integer
∞

conditions°"9The Available, Progressing and ReplicaFailure conditions.≤
array∫8
6
4#/definitions/io.k8s.api.apps.v1.DeploymentCondition˙'
x-kubernetes-list-map-keys	- type
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keytype
˙'
x-kubernetes-patch-strategymerge

`
observedGenerationJint64"5The metadata.generation the controller last acted on.≤	
integer
D
readyReplicas3int32"Pods with the Ready condition.≤	
integer
K
replicas?int32"*All non-terminated pods of the Deployment.≤	
integer
B
terminatingReplicas+int32"Pods being terminated.≤	
integer
g
unavailableReplicasPint32";Pods still needed for the Deployment to be fully available.≤	
integer
^
updatedReplicasKint32"6Non-terminated pods created from the current template.≤	
integer
Ü
%io.k8s.api.apps.v1.DeploymentStrategy‹"#How a Deployment replaces its pods.≤
object ®
k
rollingUpdateZ
8#/definitions/io.k8s.api.apps.v1.RollingUpdateDeployment"Parameters of a RollingUpdate.
9
type1"$Recreate or RollingUpdate (default).≤
string
ì
io.k8s.api.apps.v1.ReplicaSetÒ"aA ReplicaSet keeps a number of pods matching its selector running. Usually owned by a Deployment.≤
object ®
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
c
spec[
/#/definitions/io.k8s.api.apps.v1.ReplicaSetSpec"(The desired behaviour of the ReplicaSet.
~
statust
1#/definitions/io.k8s.api.apps.v1.ReplicaSetStatus"?The most recently observed status of the ReplicaSet. Read-only.˙T
x-kubernetes-group-version-kind1/- group: apps
  kind: ReplicaSet
  version: v1

∆
&io.k8s.api.apps.v1.ReplicaSetConditionõ"One condition of a ReplicaSet.ötypeöstatus≤
object ‹
x
lastTransitionTimeb
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"'When the condition last changed status.
F
message;".Human-readable details of the last transition.≤
string
B
reason8"+A CamelCase reason for the last transition.≤
string
.
status$"True, False or Unknown.≤
string
$
type"ReplicaFailure.≤
string
¡
!io.k8s.api.apps.v1.ReplicaSetListõ"A list of ReplicaSet objects.öitems≤
object ä
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
^
itemsU"The ReplicaSet objects.≤
array∫/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙X
x-kubernetes-group-version-kind53- group: apps
  kind: ReplicaSetList
  version: v1

¶
!io.k8s.api.apps.v1.ReplicaSetSpecÄ""The desired state of a ReplicaSet.öselector≤
object ¬
m
minReadySecondsZint32"ESeconds a new pod must be ready to count as available. Defaults to 0.≤	
integer
K
replicas?int32"*The number of desired pods. Unset means 1.≤	
integer
ù
selectorê
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"LSelects the pods counted against replicas; must match the template's labels.
d
templateX
0#/definitions/io.k8s.api.core.v1.PodTemplateSpec"$The pods created when too few exist.
ˆ
#io.k8s.api.apps.v1.ReplicaSetStatusŒ"#The observed state of a ReplicaSet.öreplicas≤
object è
R
availableReplicas=int32"(Pods ready for at least minReadySeconds.≤	
integer
ì

conditionsÑ"The ReplicaSet's conditions.≤
array∫8
6
4#/definitions/io.k8s.api.apps.v1.ReplicaSetCondition˙'
x-kubernetes-list-map-keys	- type
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keytype
˙'
x-kubernetes-patch-strategymerge

[
fullyLabeledReplicasCint32".Pods whose labels match the template's labels.≤	
integer
`
observedGenerationJint64"5The metadata.generation the controller last acted on.≤	
integer
D
readyReplicas3int32"Pods with the Ready condition.≤	
integer
Z
replicasNint32"9The most recently observed number of non-terminated pods.≤	
integer
B
terminatingReplicas+int32"Pods being terminated.≤	
integer
ﬂ
*io.k8s.api.apps.v1.RollingUpdateDeployment∞"The pace of a rolling update.≤
object Ç
√
maxSurge∂
=#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString"uHow many pods (or what percentage of replicas) may exist above the desired number during the update. Defaults to 25%.
π
maxUnavailable¶
=#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString"eHow many pods (or what percentage of replicas) may be unavailable during the update. Defaults to 25%.
ç
io.k8s.api.apps.v1.StatefulSetÍ"TA StatefulSet runs pods with stable names and storage, created and updated in order.≤
object ≠
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
e
spec]
0#/definitions/io.k8s.api.apps.v1.StatefulSetSpec")The desired behaviour of the StatefulSet.
Ä
statusv
2#/definitions/io.k8s.api.apps.v1.StatefulSetStatus"@The most recently observed status of the StatefulSet. Read-only.˙U
x-kubernetes-group-version-kind20- group: apps
  kind: StatefulSet
  version: v1

∆
"io.k8s.api.apps.v1.StatefulSetListü"A list of StatefulSet objects.öitems≤
object å
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
`
itemsW"The StatefulSet objects.≤
array∫0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙Y
x-kubernetes-group-version-kind64- group: apps
  kind: StatefulSetList
  version: v1

â
"io.k8s.api.apps.v1.StatefulSetSpec‚
"#The desired state of a StatefulSet.öselectorötemplate≤
object ò

m
minReadySecondsZint32"ESeconds a new pod must be ready to count as available. Defaults to 0.≤	
integer
m
ordinalsa""The numbering of the pods (start).≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

Õ
$persistentVolumeClaimRetentionPolicy§"eWhat happens to the claims from volumeClaimTemplates when pods are scaled down or the set is deleted.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

G
podManagementPolicy0"#OrderedReady (default) or Parallel.≤
string
K
replicas?int32"*The number of desired pods. Unset means 1.≤	
integer
Y
revisionHistoryLimitAint32",How many revisions are kept. Defaults to 10.≤	
integer
É
selectorw
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"3Selects the pods; must match the template's labels.
\
serviceNameM"@The headless service that gives the pods their network identity.≤
string
S
templateG
0#/definitions/io.k8s.api.core.v1.PodTemplateSpec"The pods to create.
Ä
updateStrategyn
:#/definitions/io.k8s.api.apps.v1.StatefulSetUpdateStrategy"0How pods are replaced when the template changes.
∫
volumeClaimTemplates°"-PersistentVolumeClaims created for every pod.≤
array∫?
=≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙#
x-kubernetes-list-type	atomic

Ø
$io.k8s.api.apps.v1.StatefulSetStatusÜ"$The observed state of a StatefulSet.öreplicas≤
object ∆
R
availableReplicas=int32"(Pods ready for at least minReadySeconds.≤	
integer
G
collisionCount5int32" Counts revision hash collisions.≤	
integer
õ

conditionså"The StatefulSet's conditions.≤
array∫?
=≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙'
x-kubernetes-list-map-keys	- type
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keytype
˙'
x-kubernetes-patch-strategymerge

D
currentReplicas1int32"Pods of the currentRevision.≤	
integer
N
currentRevision;".The revision the pods below the partition run.≤
string
`
observedGenerationJint64"5The metadata.generation the controller last acted on.≤	
integer
D
readyReplicas3int32"Pods with the Ready condition.≤	
integer
@
replicas4int32"Pods created by the controller.≤	
integer
D
updateRevision2"%The revision of the current template.≤
string
C
updatedReplicas0int32"Pods of the updateRevision.≤	
integer
∞
,io.k8s.api.apps.v1.StatefulSetUpdateStrategyˇ"$How a StatefulSet replaces its pods.≤
object  
å
rollingUpdate{"<Parameters of a RollingUpdate: partition and maxUnavailable.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

9
type1"$RollingUpdate (default) or OnDelete.≤
string
∫
.io.k8s.api.authentication.v1.SelfSubjectReviewá"oSelfSubjectReview objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙l
x-kubernetes-group-version-kindIG- group: authentication.k8s.io
  kind: SelfSubjectReview
  version: v1

â
2io.k8s.api.authentication.v1.SelfSubjectReviewList“"$A list of SelfSubjectReview objects.öitems≤
object ¢
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
v
itemsm"The SelfSubjectReview objects.≤
array∫@
>
<#/definitions/io.k8s.api.authentication.v1.SelfSubjectReview
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙p
x-kubernetes-group-version-kindMK- group: authentication.k8s.io
  kind: SelfSubjectReviewList
  version: v1

®
(io.k8s.api.authentication.v1.TokenReview˚"iTokenReview objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙f
x-kubernetes-group-version-kindCA- group: authentication.k8s.io
  kind: TokenReview
  version: v1

Î
,io.k8s.api.authentication.v1.TokenReviewList∫"A list of TokenReview objects.öitems≤
object ñ
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
j
itemsa"The TokenReview objects.≤
array∫:
8
6#/definitions/io.k8s.api.authentication.v1.TokenReview
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙j
x-kubernetes-group-version-kindGE- group: authentication.k8s.io
  kind: TokenReviewList
  version: v1

Õ
4io.k8s.api.authorization.v1.LocalSubjectAccessReviewî"vLocalSubjectAccessReview objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙r
x-kubernetes-group-version-kindOM- group: authorization.k8s.io
  kind: LocalSubjectAccessReview
  version: v1

™
8io.k8s.api.authorization.v1.LocalSubjectAccessReviewListÌ"+A list of LocalSubjectAccessReview objects.öitems≤
object ∞
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
É
itemsz"%The LocalSubjectAccessReview objects.≤
array∫F
D
B#/definitions/io.k8s.api.authorization.v1.LocalSubjectAccessReview
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙v
x-kubernetes-group-version-kindSQ- group: authorization.k8s.io
  kind: LocalSubjectAccessReviewList
  version: v1

 
3io.k8s.api.authorization.v1.SelfSubjectAccessReviewí"uSelfSubjectAccessReview objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙q
x-kubernetes-group-version-kindNL- group: authorization.k8s.io
  kind: SelfSubjectAccessReview
  version: v1

•
7io.k8s.api.authorization.v1.SelfSubjectAccessReviewListÈ"*A list of SelfSubjectAccessReview objects.öitems≤
object Æ
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
Å
itemsx"$The SelfSubjectAccessReview objects.≤
array∫E
C
A#/definitions/io.k8s.api.authorization.v1.SelfSubjectAccessReview
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙u
x-kubernetes-group-version-kindRP- group: authorization.k8s.io
  kind: SelfSubjectAccessReviewList
  version: v1

«
2io.k8s.api.authorization.v1.SelfSubjectRulesReviewê"tSelfSubjectRulesReview objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙p
x-kubernetes-group-version-kindMK- group: authorization.k8s.io
  kind: SelfSubjectRulesReview
  version: v1

ü
6io.k8s.api.authorization.v1.SelfSubjectRulesReviewList‰")A list of SelfSubjectRulesReview objects.öitems≤
object ´
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string

itemsv"#The SelfSubjectRulesReview objects.≤
array∫D
B
@#/definitions/io.k8s.api.authorization.v1.SelfSubjectRulesReview
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙t
x-kubernetes-group-version-kindQO- group: authorization.k8s.io
  kind: SelfSubjectRulesReviewList
  version: v1

æ
/io.k8s.api.authorization.v1.SubjectAccessReviewä"qSubjectAccessReview objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙m
x-kubernetes-group-version-kindJH- group: authorization.k8s.io
  kind: SubjectAccessReview
  version: v1

ê
3io.k8s.api.authorization.v1.SubjectAccessReviewListÿ"&A list of SubjectAccessReview objects.öitems≤
object •
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
y
itemsp" The SubjectAccessReview objects.≤
array∫A
?
=#/definitions/io.k8s.api.authorization.v1.SubjectAccessReview
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙q
x-kubernetes-group-version-kindNL- group: authorization.k8s.io
  kind: SubjectAccessReviewList
  version: v1

ï
5io.k8s.api.autoscaling.v1.CrossVersionObjectReference€"+A reference to a resource by kind and name.ökindöname≤
object ë
7

apiVersion)"API version of the referent.≤
string
*
kind""Kind of the referent.≤
string
*
name""Name of the referent.≤
string
÷
1io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler†"cA HorizontalPodAutoscaler scales a workload's replicas to keep average CPU utilisation at a target.≤
object ¡
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
w
speco
C#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerSpec"(The desired behaviour of the autoscaler.
Ç
statusx
E#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerStatus"/The current state of the autoscaler. Read-only.˙h
x-kubernetes-group-version-kindEC- group: autoscaling
  kind: HorizontalPodAutoscaler
  version: v1

ó
5io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList›"*A list of HorizontalPodAutoscaler objects.öitems≤
object ´
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string

itemsv"$The HorizontalPodAutoscaler objects.≤
array∫C
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙l
x-kubernetes-group-version-kindIG- group: autoscaling
  kind: HorizontalPodAutoscalerList
  version: v1

Â
5io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerSpec´"'The target and bounds of an autoscaler.öscaleTargetRefömaxReplicas≤
object ‘
c
maxReplicasTint32"?The most replicas the autoscaler may set; at least minReplicas.≤	
integer
^
minReplicasOint32":The fewest replicas the autoscaler may set. Defaults to 1.≤	
integer
ì
scaleTargetRefÄ
C#/definitions/io.k8s.api.autoscaling.v1.CrossVersionObjectReference"9The scaled resource, which must have a scale subresource.
w
targetCPUUtilizationPercentageUint32"@The target average CPU utilisation, in percent of requested CPU.≤	
integer
ı
7io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerStatusπ"$The observed state of an autoscaler.öcurrentReplicasödesiredReplicas≤
object ‡
y
currentCPUUtilizationPercentageVint32"AThe current average CPU utilisation, in percent of requested CPU.≤	
integer
G
currentReplicas4int32"The current number of replicas.≤	
integer
S
desiredReplicas@int32"+The replicas the autoscaler last asked for.≤	
integer
l
lastScaleTime[
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time" When the autoscaler last scaled.
W
observedGenerationAint64",The generation the autoscaler last acted on.≤	
integer
¶
io.k8s.api.autoscaling.v1.ScaleÇ"$The scale subresource of a workload.≤
object Ù
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
O
specG
1#/definitions/io.k8s.api.autoscaling.v1.ScaleSpec"The desired scale.
^
statusT
3#/definitions/io.k8s.api.autoscaling.v1.ScaleStatus"The current scale. Read-only.˙V
x-kubernetes-group-version-kind31- group: autoscaling
  kind: Scale
  version: v1

ã
#io.k8s.api.autoscaling.v1.ScaleSpecd"The desired scale.≤
object B
@
replicas4int32"The desired number of replicas.≤	
integer
Â
%io.k8s.api.autoscaling.v1.ScaleStatusª"The observed scale.öreplicas≤
object å
@
replicas4int32"The current number of replicas.≤	
integer
H
selector<"/The label selector of the pods, in string form.≤
string
≈
7io.k8s.api.autoscaling.v2.ContainerResourceMetricSourceâ"#A resource metric of one container.önameötargetö	container≤
object π
/
	container""The container's name.≤
string
1
name)"The resource: cpu or memory.≤
string
S
targetI
4#/definitions/io.k8s.api.autoscaling.v2.MetricTarget"The target value.
ï
5io.k8s.api.autoscaling.v2.CrossVersionObjectReference€"+A reference to a resource by kind and name.ökindöname≤
object ë
7

apiVersion)"API version of the referent.≤
string
*
kind""Kind of the referent.≤
string
*
name""Name of the referent.≤
string
†
.io.k8s.api.autoscaling.v2.ExternalMetricSourceÌ""A metric from outside the cluster.ömetricötarget≤
object ®
Q
metricG
8#/definitions/io.k8s.api.autoscaling.v2.MetricIdentifier"The metric.
S
targetI
4#/definitions/io.k8s.api.autoscaling.v2.MetricTarget"The target value.
√
*io.k8s.api.autoscaling.v2.HPAScalingPolicyî"!One limit on the rate of scaling.ötypeövalueöperiodSeconds≤
object √
R
periodSecondsAint32",The window the limit applies to, in seconds.≤	
integer
%
type"Pods or Percent.≤
string
F
value=int32"(The amount of change allowed per window.≤	
integer
÷
)io.k8s.api.autoscaling.v2.HPAScalingRules®"#Rules for scaling in one direction.≤
object Ù
°
policiesî"#Limits on how fast replicas change.≤
array∫<
:
8#/definitions/io.k8s.api.autoscaling.v2.HPAScalingPolicy˙#
x-kubernetes-list-type	atomic

R
selectPolicyB"5Which policy applies: Max (default), Min or Disabled.≤
string
q
stabilizationWindowSecondsSint32">Seconds of past recommendations considered, to avoid flapping.≤	
integer
Ü
	tolerancey
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity":The relative metric change below which no scaling happens.
Î
1io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerµ"xA HorizontalPodAutoscaler scales a workload's replicas to keep metrics (CPU, memory, custom, external) at their targets.≤
object ¡
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
w
speco
C#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec"(The desired behaviour of the autoscaler.
Ç
statusx
E#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerStatus"/The current state of the autoscaler. Read-only.˙h
x-kubernetes-group-version-kindEC- group: autoscaling
  kind: HorizontalPodAutoscaler
  version: v2

Å
9io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBehavior√"&Scaling rules for scaling up and down.≤
object å
à
	scaleDown{
7#/definitions/io.k8s.api.autoscaling.v2.HPAScalingRules"@Rules for scaling down; a 300 s stabilisation window by default.

scaleUpt
7#/definitions/io.k8s.api.autoscaling.v2.HPAScalingRules"9Rules for scaling up; no stabilisation window by default.
˘
:io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerCondition∫"One condition of an autoscaler.ötypeöstatus≤
object ˙
x
lastTransitionTimeb
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"'When the condition last changed status.
F
message;".Human-readable details of the last transition.≤
string
B
reason8"+A CamelCase reason for the last transition.≤
string
.
status$"True, False or Unknown.≤
string
B
type:"-AbleToScale, ScalingActive or ScalingLimited.≤
string
ó
5io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerList›"*A list of HorizontalPodAutoscaler objects.öitems≤
object ´
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string

itemsv"$The HorizontalPodAutoscaler objects.≤
array∫C
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙l
x-kubernetes-group-version-kindIG- group: autoscaling
  kind: HorizontalPodAutoscalerList
  version: v2

Ñ
5io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec ";The target, bounds, metrics and behaviour of an autoscaler.öscaleTargetRefömaxReplicas≤
object ﬂ
í
behaviorÖ
G#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBehavior":Scaling rules for each direction; the defaults when unset.
c
maxReplicasTint32"?The most replicas the autoscaler may set; at least minReplicas.≤	
integer
Ï
metrics‡"uThe metrics used to compute the desired replicas; the largest proposal wins. Defaults to 80% average CPU utilisation.≤
array∫6
4
2#/definitions/io.k8s.api.autoscaling.v2.MetricSpec˙#
x-kubernetes-list-type	atomic

^
minReplicasOint32":The fewest replicas the autoscaler may set. Defaults to 1.≤	
integer
ì
scaleTargetRefÄ
C#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference"9The scaled resource, which must have a scale subresource.
œ
7io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerStatusì"$The observed state of an autoscaler.ödesiredReplicas≤
object Ã
π

conditions™".AbleToScale, ScalingActive and ScalingLimited.≤
array∫L
J
H#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerCondition˙'
x-kubernetes-list-map-keys	- type
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keytype
˙'
x-kubernetes-patch-strategymerge

®
currentMetricsï"(The last observed values of the metrics.≤
array∫8
6
4#/definitions/io.k8s.api.autoscaling.v2.MetricStatus˙#
x-kubernetes-list-type	atomic

G
currentReplicas4int32"The current number of replicas.≤	
integer
S
desiredReplicas@int32"+The replicas the autoscaler last asked for.≤	
integer
l
lastScaleTime[
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time" When the autoscaler last scaled.
W
observedGenerationAint64",The generation the autoscaler last acted on.≤	
integer
˚
*io.k8s.api.autoscaling.v2.MetricIdentifierÃ"A metric's name and selector.öname≤
object ó
'
name"The metric's name.≤
string
l
selector`
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"Narrows the metric's series.
ö
$io.k8s.api.autoscaling.v2.MetricSpecÒ"6One metric to scale on; type says which source is set.ötype≤
object £
Ü
containerResourceq
E#/definitions/io.k8s.api.autoscaling.v2.ContainerResourceMetricSource"(A resource of one container of each pod.
l
external`
<#/definitions/io.k8s.api.autoscaling.v2.ExternalMetricSource" A metric not tied to any object.
_
objectU
:#/definitions/io.k8s.api.autoscaling.v2.ObjectMetricSource"A metric of one object.
d
pods\
8#/definitions/io.k8s.api.autoscaling.v2.PodsMetricSource" A metric averaged over the pods.
ï
resourceà
<#/definitions/io.k8s.api.autoscaling.v2.ResourceMetricSource"HA resource (cpu, memory) of the pods, as known from requests and limits.
K
typeC"6ContainerResource, External, Object, Pods or Resource.≤
string
‹
&io.k8s.api.autoscaling.v2.MetricStatus±"&The last observed value of one metric.ötype≤
object Û
}
containerResourceh")The value of a container resource metric.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

k
external_" The value of an external metric.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

g
object]"The value of an object metric.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

b
podsZ"The value of a pods metric.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

k
resource_
<#/definitions/io.k8s.api.autoscaling.v2.ResourceMetricStatus"The value of a resource metric.
K
typeC"6ContainerResource, External, Object, Pods or Resource.≤
string
÷
&io.k8s.api.autoscaling.v2.MetricTarget´"The target of a metric.ötype≤
object ¸
u
averageUtilization_int32"JTarget average utilisation, in percent of requests; Resource metrics only.≤	
integer
r
averageValueb
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"#Target average value over the pods.
8
type0"#Utilization, Value or AverageValue.≤
string
U
valueL
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"Target value.
à
+io.k8s.api.autoscaling.v2.MetricValueStatusÿ"A metric's current value.≤
object Æ
_
averageUtilizationIint32"4Current average utilisation, in percent of requests.≤	
integer
s
averageValuec
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"$Current average value over the pods.
V
valueM
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"Current value.
ì
,io.k8s.api.autoscaling.v2.ObjectMetricSource‚"A custom metric of one object.ödescribedObjectötargetömetric≤
object è
e
describedObjectR
C#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference"The object.
Q
metricG
8#/definitions/io.k8s.api.autoscaling.v2.MetricIdentifier"The metric.
S
targetI
4#/definitions/io.k8s.api.autoscaling.v2.MetricTarget"The target value.
°
*io.k8s.api.autoscaling.v2.PodsMetricSourceÚ"'A custom metric averaged over the pods.ömetricötarget≤
object ®
Q
metricG
8#/definitions/io.k8s.api.autoscaling.v2.MetricIdentifier"The metric.
S
targetI
4#/definitions/io.k8s.api.autoscaling.v2.MetricTarget"The target value.
˙
.io.k8s.api.autoscaling.v2.ResourceMetricSource«"A resource metric of the pods.önameötarget≤
object à
1
name)"The resource: cpu or memory.≤
string
S
targetI
4#/definitions/io.k8s.api.autoscaling.v2.MetricTarget"The target value.
É
.io.k8s.api.autoscaling.v2.ResourceMetricStatus–"The value of a resource metric.önameöcurrent≤
object è
Z
currentO
9#/definitions/io.k8s.api.autoscaling.v2.MetricValueStatus"The current value.
1
name)"The resource: cpu or memory.≤
string
¿
io.k8s.api.batch.v1.CronJob†"/A CronJob creates Jobs on a repeating schedule.≤
object ã
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
[
specS
-#/definitions/io.k8s.api.batch.v1.CronJobSpec""The schedule and the Job template.
i
status_
/#/definitions/io.k8s.api.batch.v1.CronJobStatus",The current state of the CronJob. Read-only.˙R
x-kubernetes-group-version-kind/-- group: batch
  kind: CronJob
  version: v1

µ
io.k8s.api.batch.v1.CronJobListë"A list of CronJob objects.öitems≤
object Ö
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
Y
itemsP"The CronJob objects.≤
array∫-
+
)#/definitions/io.k8s.api.batch.v1.CronJob
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙V
x-kubernetes-group-version-kind31- group: batch
  kind: CronJobList
  version: v1

∑
io.k8s.api.batch.v1.CronJobSpecì"+The schedule and Job template of a CronJob.öscheduleöjobTemplate≤
object æ
g
concurrencyPolicyR"EHow overlapping runs are treated: Allow (default), Forbid or Replace.≤
string
O
failedJobsHistoryLimit5int32" Failed Jobs kept. Defaults to 1.≤	
integer
b
jobTemplateS
1#/definitions/io.k8s.api.batch.v1.JobTemplateSpec"The Job to create on each run.
5
schedule)"The schedule in cron format.≤
string
w
startingDeadlineSeconds\int64"GSeconds after a missed start time within which the Job may still start.≤	
integer
W
successfulJobsHistoryLimit9int32"$Successful Jobs kept. Defaults to 3.≤	
integer
?
suspend4"&When true, later runs are not started.≤	
boolean
T
timeZoneH";The time zone of the schedule; the controller's when unset.≤
string
Œ
!io.k8s.api.batch.v1.CronJobStatus®" The observed state of a CronJob.≤
object ˜
ã
activeÄ"Jobs currently running.≤
array∫4
2
0#/definitions/io.k8s.api.core.v1.ObjectReference˙#
x-kubernetes-list-type	atomic

m
lastScheduleTimeY
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"When a Job was last scheduled.
x
lastSuccessfulTimeb
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"'When a Job last completed successfully.
…
io.k8s.api.batch.v1.Job≠"=A Job runs pods until a number of them complete successfully.≤
object é
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
V
specN
)#/definitions/io.k8s.api.batch.v1.JobSpec"!The desired behaviour of the Job.
q
statusg
+#/definitions/io.k8s.api.batch.v1.JobStatus"8The most recently observed status of the Job. Read-only.˙N
x-kubernetes-group-version-kind+)- group: batch
  kind: Job
  version: v1

›
 io.k8s.api.batch.v1.JobCondition∏"One condition of a Job.ötypeöstatus≤
object Ä
p
lastProbeTime_
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"$When the condition was last checked.
x
lastTransitionTimeb
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"'When the condition last changed status.
F
message;".Human-readable details of the last transition.≤
string
B
reason8"+A CamelCase reason for the last transition.≤
string
.
status$"True, False or Unknown.≤
string
V
typeN"AComplete, Failed, Suspended, FailureTarget or SuccessCriteriaMet.≤
string
°
io.k8s.api.batch.v1.JobListÅ"A list of Job objects.öitems≤
object ˝
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
Q
itemsH"The Job objects.≤
array∫)
'
%#/definitions/io.k8s.api.batch.v1.Job
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙R
x-kubernetes-group-version-kind/-- group: batch
  kind: JobList
  version: v1

–
io.k8s.api.batch.v1.JobSpec∞"The desired behaviour of a Job.ötemplate≤
object ı
l
activeDeadlineSecondsSint64">Seconds the Job may be active before the system terminates it.≤	
integer
\
backoffLimitLint32"7Retries before the Job is marked failed. Defaults to 6.≤	
integer
Q
backoffLimitPerIndex9int32"$Retries per index of an Indexed Job.≤	
integer
?
completionMode-" NonIndexed (default) or Indexed.≤
string
b
completionsSint32">Successful pods needed for the Job to complete. Defaults to 1.≤	
integer
g
	managedByZ"MThe controller that manages the Job; kubernetes.io/job-controller when unset.≤
string
a
manualSelectorO"AWhether the selector is managed by the user instead of generated.≤	
boolean
Y
maxFailedIndexesEint32"0Failed indexes after which an Indexed Job fails.≤	
integer
Q
parallelismBint32"-The most pods running at once. Defaults to 1.≤	
integer
|
podFailurePolicyh")Rules that decide how pod failures count.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

l
podReplacementPolicyT"GWhen failed pods are replaced: TerminatingOrFailed (default) or Failed.≤
string
ê
selectorÉ
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"?Selects the Job's pods; generated unless manualSelector is set.
~
successPolicym".When an Indexed Job may be declared succeeded.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

T
suspendI";When true, the Job's pods are not created (or are deleted).≤	
boolean
z
templaten
0#/definitions/io.k8s.api.core.v1.PodTemplateSpec":The pods to run; restartPolicy must be Never or OnFailure.
d
ttlSecondsAfterFinishedIint32"4Seconds after the Job finishes before it is deleted.≤	
integer
Ï
io.k8s.api.batch.v1.JobStatus "The observed state of a Job.≤
object ù
7
active-int32"Pods pending or running.≤	
integer
[
completedIndexesG":Completed indexes of an Indexed Job, as a compressed list.≤
string
d
completionTimeR
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"When the Job completed.
¶

conditionsó"0The Complete, Failed, Suspended, ‚Ä¶ conditions.≤
array∫2
0
.#/definitions/io.k8s.api.batch.v1.JobCondition˙#
x-kubernetes-list-type	atomic

>
failed4int32"Pods that reached phase Failed.≤	
integer
Y
failedIndexesH";Failed indexes of an Indexed Job with backoffLimitPerIndex.≤
string
C
ready:int32"%Active pods with the Ready condition.≤	
integer
p
	startTimec
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"(When the Job controller started the Job.
D
	succeeded7int32""Pods that reached phase Succeeded.≤	
integer
:
terminating+int32"Pods being terminated.≤	
integer
°
uncountedTerminatedPodsÖ
9#/definitions/io.k8s.api.batch.v1.UncountedTerminatedPods"HFinished pods the controller has not yet counted in the status counters.
è
#io.k8s.api.batch.v1.JobTemplateSpecÁ"The Job a CronJob creates.≤
object º
j
metadata^
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"Metadata of the created Jobs.
N
specF
)#/definitions/io.k8s.api.batch.v1.JobSpec"Spec of the created Jobs.
Ω
+io.k8s.api.batch.v1.UncountedTerminatedPodsç"8UIDs of finished pods not yet counted in a Job's status.≤
object ƒ
]
failedS"UIDs of failed pods.≤
array∫
≤
string˙ 
x-kubernetes-list-typeset

c
	succeededV"UIDs of succeeded pods.≤
array∫
≤
string˙ 
x-kubernetes-list-typeset

Œ
4io.k8s.api.certificates.v1.CertificateSigningRequestï"wCertificateSigningRequest objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙r
x-kubernetes-group-version-kindOM- group: certificates.k8s.io
  kind: CertificateSigningRequest
  version: v1

¨
8io.k8s.api.certificates.v1.CertificateSigningRequestListÔ",A list of CertificateSigningRequest objects.öitems≤
object ±
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
Ñ
items{"&The CertificateSigningRequest objects.≤
array∫F
D
B#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙v
x-kubernetes-group-version-kindSQ- group: certificates.k8s.io
  kind: CertificateSigningRequestList
  version: v1

â
 io.k8s.api.coordination.v1.Lease‰"LA Lease records which holder owns a lock (leader election, node heartbeats).≤
object ¶
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
a
specY
2#/definitions/io.k8s.api.coordination.v1.LeaseSpec"#The holder and timing of the lease.˙^
x-kubernetes-group-version-kind;9- group: coordination.k8s.io
  kind: Lease
  version: v1

«
$io.k8s.api.coordination.v1.LeaseListû"A list of Lease objects.öitems≤
object à
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
\
itemsS"The Lease objects.≤
array∫2
0
.#/definitions/io.k8s.api.coordination.v1.Lease
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙b
x-kubernetes-group-version-kind?=- group: coordination.k8s.io
  kind: LeaseList
  version: v1

Œ
$io.k8s.api.coordination.v1.LeaseSpec•"The state of a lease.≤
object ˇ
z
acquireTimek
<#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime"+When the current holder acquired the lease.
2
holderIdentity "The current holder.≤
string
o
leaseDurationSecondsWint32"BSeconds candidates wait after the last renewal before taking over.≤	
integer
Q
leaseTransitions=int32"(How many times the lease changed holder.≤	
integer
B
preferredHolder/""A holder the lease should pass to.≤
string
t
	renewTimeg
<#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime"'When the holder last renewed the lease.
O
strategyC"6How a holder is chosen in coordinated leader election.≤
string
ò
io.k8s.api.core.v1.Affinity¯"8Scheduling constraints relative to nodes and other pods.≤
object Ø
b
nodeAffinityR
-#/definitions/io.k8s.api.core.v1.NodeAffinity"!Constraints on the node's labels.
]
podAffinityN
,#/definitions/io.k8s.api.core.v1.PodAffinity"Pods this pod should run near.
j
podAntiAffinityW
0#/definitions/io.k8s.api.core.v1.PodAntiAffinity"#Pods this pod should run away from.
Æ
io.k8s.api.core.v1.Capabilitiesä"9Linux capabilities added to and dropped from a container.≤
object ¿
]
addV"Capabilities to add.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

_
dropW"Capabilities to drop.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

û	
io.k8s.api.core.v1.ConfigMap˝"ãA ConfigMap holds non-confidential configuration data as key/value pairs, for pods to consume as environment variables, arguments or files.≤
object å
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
r

binaryDatad"ABinary values, base64-encoded. Keys must not also appear in data.™
byte≤
string≤
object
c
data[">UTF-8 values. Keys consist of alphanumerics, '-', '_' and '.'.™
≤
string≤
object
n
	immutablea"SWhen true, data and binaryData can no longer be changed; only deletion is possible.≤	
boolean
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.˙Q
x-kubernetes-group-version-kind.,- group: ""
  kind: ConfigMap
  version: v1

€
%io.k8s.api.core.v1.ConfigMapEnvSource±"3A ConfigMap used as a set of environment variables.≤
object n
+
name#"Name of the ConfigMap.≤
string
?
optional3"%Whether the ConfigMap may be missing.≤	
boolean
É
'io.k8s.api.core.v1.ConfigMapKeySelector◊"Selects one key of a ConfigMap.ökey≤
object °
&
key"The key to select.≤
string
+
name#"Name of the ConfigMap.≤
string
J
optional>"0Whether the ConfigMap or the key may be missing.≤	
boolean
∫
 io.k8s.api.core.v1.ConfigMapListï"A list of ConfigMap objects.öitems≤
object à
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
\
itemsS"The ConfigMap objects.≤
array∫.
,
*#/definitions/io.k8s.api.core.v1.ConfigMap
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙U
x-kubernetes-group-version-kind20- group: ""
  kind: ConfigMapList
  version: v1

Ã
(io.k8s.api.core.v1.ConfigMapVolumeSourceü"A ConfigMap mounted as files.≤
object Ò
[
defaultModeLint32"7Permission bits of the created files. Defaults to 0644.≤	
integer
£
itemsô"6Which keys to project, and where; all keys when empty.≤
array∫.
,
*#/definitions/io.k8s.api.core.v1.KeyToPath˙#
x-kubernetes-list-type	atomic

+
name#"Name of the ConfigMap.≤
string
?
optional3"%Whether the ConfigMap may be missing.≤	
boolean
„
io.k8s.api.core.v1.Container¬"2A single application container that runs in a pod.öname≤
object ¯
∏
argsØ"mArguments to the entrypoint; the image's CMD when empty. $(VAR) references are expanded from the environment.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

ö
commandé"LThe entrypoint array, not run in a shell; the image's ENTRYPOINT when empty.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

é
envÜ"+Environment variables set in the container.≤
array∫+
)
'#/definitions/io.k8s.api.core.v1.EnvVar˙'
x-kubernetes-list-map-keys	- name
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keyname
˙'
x-kubernetes-patch-strategymerge

¡
envFromµ"NSources whose keys all become environment variables. Explicit env entries win.≤
array∫2
0
.#/definitions/io.k8s.api.core.v1.EnvFromSource˙#
x-kubernetes-list-type	atomic

/
image&"The container image name.≤
string
y
imagePullPolicyf"YAlways, Never or IfNotPresent. Defaults to Always for the :latest tag, else IfNotPresent.≤
string
Ç
	lifecycleu
*#/definitions/io.k8s.api.core.v1.Lifecycle"GActions run right after the container starts and right before it stops.
Ç
livenessProbeq
&#/definitions/io.k8s.api.core.v1.Probe"GA periodic probe of liveness; the container is restarted when it fails.
`
nameX"KThe container's name, a DNS label unique within the pod. Cannot be updated.≤
string
‚
portsÿ"YPorts the container exposes. Informational: any port the process listens on is reachable.≤
array∫2
0
.#/definitions/io.k8s.api.core.v1.ContainerPort˙;
x-kubernetes-list-map-keys- containerPort
- protocol
˙ 
x-kubernetes-list-typemap
˙0
x-kubernetes-patch-merge-keycontainerPort
˙'
x-kubernetes-patch-strategymerge

ï
readinessProbeÇ
&#/definitions/io.k8s.api.core.v1.Probe"XA periodic probe of readiness; the pod is removed from service endpoints while it fails.
Å
	resourcest
5#/definitions/io.k8s.api.core.v1.ResourceRequirements";Compute resources the container requests and is limited to.
e
restartPolicyT"GFor init containers only: Always makes it a sidecar that keeps running.≤
string
å
securityContexty
0#/definitions/io.k8s.api.core.v1.SecurityContext"EContainer-level security options; override the pod's securityContext.
r
startupProbeb
&#/definitions/io.k8s.api.core.v1.Probe"8A probe that must succeed before the other probes start.
L
stdinC"5Allocate a buffer for stdin in the container runtime.≤	
boolean
K
	stdinOnce>"0Close stdin after the first attach session ends.≤	
boolean
Ä
terminationMessagePathf"YThe file whose contents become the termination message. Defaults to /dev/termination-log.≤
string
Q
terminationMessagePolicy5"(File (default) or FallbackToLogsOnError.≤
string
1
tty*"Allocate a TTY; needs stdin.≤	
boolean
†
volumeDevicesé"!Block devices the container uses.≤
array∫1
/
-#/definitions/io.k8s.api.core.v1.VolumeDevice˙-
x-kubernetes-list-map-keys- devicePath
˙ 
x-kubernetes-list-typemap
˙-
x-kubernetes-patch-merge-keydevicePath
˙'
x-kubernetes-patch-strategymerge

´
volumeMountsö"0Volumes mounted into the container's filesystem.≤
array∫0
.
,#/definitions/io.k8s.api.core.v1.VolumeMount˙,
x-kubernetes-list-map-keys- mountPath
˙ 
x-kubernetes-list-typemap
˙,
x-kubernetes-patch-merge-key
mountPath
˙'
x-kubernetes-patch-strategymerge

Q

workingDirC"6The working directory; the image's default when empty.≤
string
Ì
 io.k8s.api.core.v1.ContainerPort»" One network port of a container.öcontainerPort≤
object á
]
containerPortLint32"7The port number on the pod's IP address, 0 < x < 65536.≤	
integer
C
hostIP9",The host IP to bind an exposed host port to.≤
string
G
hostPort;int32"&The port number to expose on the host.≤	
integer
b
nameZ"MAn IANA_SVC_NAME unique within the pod; services can refer to the port by it.≤
string
4
protocol("TCP (default), UDP or SCTP.≤
string
∞
!io.k8s.api.core.v1.ContainerStateä"HThe state of a container: exactly one of waiting, running or terminated.≤
object ±
^
runningS
6#/definitions/io.k8s.api.core.v1.ContainerStateRunning"The container is running.
f

terminatedX
9#/definitions/io.k8s.api.core.v1.ContainerStateTerminated"The container has finished.
g
waiting\
6#/definitions/io.k8s.api.core.v1.ContainerStateWaiting""The container has not started yet.
ª
(io.k8s.api.core.v1.ContainerStateRunningé"A running container.≤
object j
h
	startedAt[
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time" When the container last started.
Ç
+io.k8s.api.core.v1.ContainerStateTerminated“"A finished container.öexitCode≤
object °
>
containerID/""The runtime's ID of the container.≤
string
A
exitCode5int32" The exit status of the last run.≤	
integer
j

finishedAt\
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"!When the container last finished.
8
message-" A message about the termination.≤
string
M
reasonC"6A brief reason, such as Completed, Error or OOMKilled.≤
string
C
signal9int32"$The signal that ended the container.≤	
integer
b
	startedAtU
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"When the last run started.
ì
(io.k8s.api.core.v1.ContainerStateWaitingÊ"!A container that has not started.≤
object ¥
I
message>"1A message about why the container is not running.≤
string
g
reason]"PA brief reason, such as ContainerCreating, CrashLoopBackOff or ImagePullBackOff.≤
string
≠
"io.k8s.api.core.v1.ContainerStatusÜ"$The observed state of one container.önameöreadyörestartCountöimageöimageID≤
object °
P
containerIDA"4The runtime's ID of the container, as <type>://<id>.≤
string
3
image*"The image the container runs.≤
string
'
imageID"The image's ID.≤
string
|
	lastStateo
/#/definitions/io.k8s.api.core.v1.ContainerState"<The state of the previous run, when the container restarted.
*
name""The container's name.≤
string
H
ready?"1Whether the container passes its readiness probe.≤	
boolean
U
restartCountEint32"0How many times the container has been restarted.≤	
integer
H
started="/Whether the container passed its startup probe.≤	
boolean
Z
stateQ
/#/definitions/io.k8s.api.core.v1.ContainerState"The container's current state.
π
'io.k8s.api.core.v1.EmptyDirVolumeSourceç"5A temporary directory that shares the pod's lifetime.≤
object «
S
mediumI"<The storage medium: empty for the node's default, or Memory.≤
string
p
	sizeLimitc
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"$The most storage the volume may use.
÷
"io.k8s.api.core.v1.EndpointAddressØ"One endpoint address.öip≤
object Ñ
1
hostname%"The endpoint's hostname.≤
string
%
ip"The endpoint's IP.≤
string
7
nodeName+"The node hosting the endpoint.≤
string
o
	targetRefb
0#/definitions/io.k8s.api.core.v1.ObjectReference".The object behind the endpoint, usually a pod.
≥
io.k8s.api.core.v1.EndpointPortè"One endpoint port.öport≤
object Â
5
appProtocol&"The application protocol.≤
string
G
name?"2The port's name, matching the service port's name.≤
string
-
port%int32"The port number.≤	
integer
4
protocol("TCP (default), UDP or SCTP.≤
string
ú
!io.k8s.api.core.v1.EndpointSubsetˆ"%Addresses with a common set of ports.≤
object ¿
Ü
	addressesy"Ready addresses.≤
array∫4
2
0#/definitions/io.k8s.api.core.v1.EndpointAddress˙#
x-kubernetes-list-type	atomic

†
notReadyAddressesä"!Addresses that are not ready yet.≤
array∫4
2
0#/definitions/io.k8s.api.core.v1.EndpointAddress˙#
x-kubernetes-list-type	atomic

ë
portsá"!Ports available on every address.≤
array∫1
/
-#/definitions/io.k8s.api.core.v1.EndpointPort˙#
x-kubernetes-list-type	atomic

£
io.k8s.api.core.v1.EndpointsÇ"8Endpoints list the addresses and ports behind a service.≤
object Â
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
ü
subsetsì"+Groups of addresses sharing the same ports.≤
array∫3
1
/#/definitions/io.k8s.api.core.v1.EndpointSubset˙#
x-kubernetes-list-type	atomic
˙Q
x-kubernetes-group-version-kind.,- group: ""
  kind: Endpoints
  version: v1

∫
 io.k8s.api.core.v1.EndpointsListï"A list of Endpoints objects.öitems≤
object à
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
\
itemsS"The Endpoints objects.≤
array∫.
,
*#/definitions/io.k8s.api.core.v1.Endpoints
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙U
x-kubernetes-group-version-kind20- group: ""
  kind: EndpointsList
  version: v1

ﬁ
 io.k8s.api.core.v1.EnvFromSourceπ">A ConfigMap or Secret whose keys become environment variables.≤
object Í
]
configMapRefM
3#/definitions/io.k8s.api.core.v1.ConfigMapEnvSource"The ConfigMap to read.
3
prefix)"A prefix added to every key.≤
string
T
	secretRefG
0#/definitions/io.k8s.api.core.v1.SecretEnvSource"The Secret to read.
⁄
io.k8s.api.core.v1.EnvVarº"One environment variable.öname≤
object ã
)
name!"The variable's name.≤
string
h
value_"RThe value; $(VAR) references to earlier variables are expanded. Defaults to empty.≤
string
t
	valueFromg
-#/definitions/io.k8s.api.core.v1.EnvVarSource"6Where the value comes from; cannot be used with value.
´
io.k8s.api.core.v1.EnvVarSourceá".The source of an environment variable's value.≤
object »
a
configMapKeyRefN
5#/definitions/io.k8s.api.core.v1.ConfigMapKeySelector"A key of a ConfigMap.
ç
fieldRefÄ
4#/definitions/io.k8s.api.core.v1.ObjectFieldSelector"HA field of the pod: metadata.name, metadata.namespace, status.podIP, ‚Ä¶
y
resourceFieldRefe
6#/definitions/io.k8s.api.core.v1.ResourceFieldSelector"+A resource limit or request of a container.
X
secretKeyRefH
2#/definitions/io.k8s.api.core.v1.SecretKeySelector"A key of a Secret.
œ
%io.k8s.api.core.v1.EphemeralContainer•";A temporary container added to a running pod for debugging.öname≤
object “
∏
argsØ"mArguments to the entrypoint; the image's CMD when empty. $(VAR) references are expanded from the environment.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

ö
commandé"LThe entrypoint array, not run in a shell; the image's ENTRYPOINT when empty.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

é
envÜ"+Environment variables set in the container.≤
array∫+
)
'#/definitions/io.k8s.api.core.v1.EnvVar˙'
x-kubernetes-list-map-keys	- name
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keyname
˙'
x-kubernetes-patch-strategymerge

¡
envFromµ"NSources whose keys all become environment variables. Explicit env entries win.≤
array∫2
0
.#/definitions/io.k8s.api.core.v1.EnvFromSource˙#
x-kubernetes-list-type	atomic

/
image&"The container image name.≤
string
y
imagePullPolicyf"YAlways, Never or IfNotPresent. Defaults to Always for the :latest tag, else IfNotPresent.≤
string
Ç
	lifecycleu
*#/definitions/io.k8s.api.core.v1.Lifecycle"GActions run right after the container starts and right before it stops.
Ç
livenessProbeq
&#/definitions/io.k8s.api.core.v1.Probe"GA periodic probe of liveness; the container is restarted when it fails.
`
nameX"KThe container's name, a DNS label unique within the pod. Cannot be updated.≤
string
‚
portsÿ"YPorts the container exposes. Informational: any port the process listens on is reachable.≤
array∫2
0
.#/definitions/io.k8s.api.core.v1.ContainerPort˙;
x-kubernetes-list-map-keys- containerPort
- protocol
˙ 
x-kubernetes-list-typemap
˙0
x-kubernetes-patch-merge-keycontainerPort
˙'
x-kubernetes-patch-strategymerge

ï
readinessProbeÇ
&#/definitions/io.k8s.api.core.v1.Probe"XA periodic probe of readiness; the pod is removed from service endpoints while it fails.
Å
	resourcest
5#/definitions/io.k8s.api.core.v1.ResourceRequirements";Compute resources the container requests and is limited to.
e
restartPolicyT"GFor init containers only: Always makes it a sidecar that keeps running.≤
string
å
securityContexty
0#/definitions/io.k8s.api.core.v1.SecurityContext"EContainer-level security options; override the pod's securityContext.
r
startupProbeb
&#/definitions/io.k8s.api.core.v1.Probe"8A probe that must succeed before the other probes start.
L
stdinC"5Allocate a buffer for stdin in the container runtime.≤	
boolean
K
	stdinOnce>"0Close stdin after the first attach session ends.≤	
boolean
X
targetContainerNameA"4The container whose namespaces this container joins.≤
string
Ä
terminationMessagePathf"YThe file whose contents become the termination message. Defaults to /dev/termination-log.≤
string
Q
terminationMessagePolicy5"(File (default) or FallbackToLogsOnError.≤
string
1
tty*"Allocate a TTY; needs stdin.≤	
boolean
†
volumeDevicesé"!Block devices the container uses.≤
array∫1
/
-#/definitions/io.k8s.api.core.v1.VolumeDevice˙-
x-kubernetes-list-map-keys- devicePath
˙ 
x-kubernetes-list-typemap
˙-
x-kubernetes-patch-merge-keydevicePath
˙'
x-kubernetes-patch-strategymerge

´
volumeMountsö"0Volumes mounted into the container's filesystem.≤
array∫0
.
,#/definitions/io.k8s.api.core.v1.VolumeMount˙,
x-kubernetes-list-map-keys- mountPath
˙ 
x-kubernetes-list-typemap
˙,
x-kubernetes-patch-merge-key
mountPath
˙'
x-kubernetes-patch-strategymerge

Q

workingDirC"6The working directory; the image's default when empty.≤
string
ã
io.k8s.api.core.v1.EventÓ"lAn Event reports something that happened to an object: a scheduling decision, an image pull, a scaling step.ömetadataöinvolvedObject≤
object Ö
?
action5"(What was done, or failed, to the object.≤
string
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
D
count;int32"&How many times the event has occurred.≤	
integer
o
	eventTimeb
<#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime""When the event was first observed.
o
firstTimestamp]
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time""When the event was first recorded.
d
involvedObjectR
0#/definitions/io.k8s.api.core.v1.ObjectReference"The object the event is about.
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
i
lastTimestampX
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"When the event last occurred.
5
message*"A human-readable description.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
U
reasonK">A short CamelCase reason, such as ScalingReplicaSet or Pulled.≤
string
X
relatedM
0#/definitions/io.k8s.api.core.v1.ObjectReference"A second object involved.
I
reportingComponent3"&The controller that emitted the event.≤
string
B
reportingInstance-" The instance of that controller.≤
string
p
seriesf"'Data about a series of repeated events.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

t
sourcej"+The component and host reporting the event.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

'
type"Normal or Warning.≤
string˙M
x-kubernetes-group-version-kind*(- group: ""
  kind: Event
  version: v1

¶
io.k8s.api.core.v1.EventListÖ"A list of Event objects.öitems≤
object Ä
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
T
itemsK"The Event objects.≤
array∫*
(
&#/definitions/io.k8s.api.core.v1.Event
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙Q
x-kubernetes-group-version-kind.,- group: ""
  kind: EventList
  version: v1

…
io.k8s.api.core.v1.ExecActionß"#A command run inside the container.≤
object t
r
commandg"%The command line; not run in a shell.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

¬
io.k8s.api.core.v1.GRPCAction†"A gRPC health check.öport≤
object u
-
port%int32"The port number.≤	
integer
D
service9",The service name passed to the health check.≤
string
‚
 io.k8s.api.core.v1.HTTPGetActionΩ"An HTTP GET request.öport≤
object ë
D
host<"/The host to connect to; defaults to the pod IP.≤
string
â
httpHeadersz"Extra request headers.≤
array∫/
-
+#/definitions/io.k8s.api.core.v1.HTTPHeader˙#
x-kubernetes-list-type	atomic

)
path!"The path to request.≤
string
a
portY
=#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString"The port number or name.
/
scheme%"HTTP (default) or HTTPS.≤
string
†
io.k8s.api.core.v1.HTTPHeader"One HTTP header.önameövalue≤
object P
%
name"The header name.≤
string
'
value"The header value.≤
string
Ï
io.k8s.api.core.v1.HostAliasÀ""An entry for the pod's hosts file.öip≤
object ì
m
	hostnames`"Host names for the IP address.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

"
ip"The IP address.≤
string
o
io.k8s.api.core.v1.HostIPR"One IP address of a node.öip≤
object $
"
ip"The IP address.≤
string
è
'io.k8s.api.core.v1.HostPathVolumeSource„"A path on the node.öpath≤
object ∏
*
path""The path on the node.≤
string
â
typeÄ"sWhat must exist at the path: "", DirectoryOrCreate, Directory, FileOrCreate, File, Socket, CharDevice, BlockDevice.≤
string
Ì
io.k8s.api.core.v1.KeyToPathÃ"Maps one key to a file path.ökeyöpath≤
object í
'
key "The key to project.≤
string
9
mode1int32"Permission bits of the file.≤	
integer
,
path$"The relative file path.≤
string
·
io.k8s.api.core.v1.Lifecycle¿"1Hooks the kubelet runs around a container's life.≤
object ˛
ë
	postStartÉ
1#/definitions/io.k8s.api.core.v1.LifecycleHandler"NRuns right after the container is created; the container restarts if it fails.
h
preStop]
1#/definitions/io.k8s.api.core.v1.LifecycleHandler"(Runs before the container is terminated.
¿
#io.k8s.api.core.v1.LifecycleHandlerò"One action of a lifecycle hook.≤
object Ë
F
exec>
+#/definitions/io.k8s.api.core.v1.ExecAction"Runs a command.
O
httpGetD
.#/definitions/io.k8s.api.core.v1.HTTPGetAction"Sends an HTTP GET.
g
sleep^"Sleeps for a number of seconds.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

d
	tcpSocketW
0#/definitions/io.k8s.api.core.v1.TCPSocketAction"#Deprecated; kept for compatibility.
à
io.k8s.api.core.v1.LimitRangeÊ"hLimitRange objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙R
x-kubernetes-group-version-kind/-- group: ""
  kind: LimitRange
  version: v1

ø
!io.k8s.api.core.v1.LimitRangeListô"A list of LimitRange objects.öitems≤
object ä
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
^
itemsU"The LimitRange objects.≤
array∫/
-
+#/definitions/io.k8s.api.core.v1.LimitRange
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙V
x-kubernetes-group-version-kind31- group: ""
  kind: LimitRangeList
  version: v1

∑
&io.k8s.api.core.v1.LoadBalancerIngresså"%One ingress point of a load balancer.≤
object ÷
3
hostname'"A DNS-based ingress point.≤
string
-
ip'"An IP-based ingress point.≤
string
P
ipModeF"9How traffic to the IP reaches the backends: VIP or Proxy.≤
string
ù
portsì"The ports of the ingress point.≤
array∫?
=≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙#
x-kubernetes-list-type	atomic

¯
%io.k8s.api.core.v1.LoadBalancerStatusŒ"The status of a load balancer.≤
object ü
ú
ingressê"#The load balancer's ingress points.≤
array∫8
6
4#/definitions/io.k8s.api.core.v1.LoadBalancerIngress˙#
x-kubernetes-list-type	atomic

ü
'io.k8s.api.core.v1.LocalObjectReferencet"8A reference to an object in the same namespace, by name.≤
object ,
*
name""Name of the referent.≤
string
ƒ
io.k8s.api.core.v1.Namespace£"CA Namespace is a scope for names: most objects live in exactly one.≤
object ˚
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
U
specM
.#/definitions/io.k8s.api.core.v1.NamespaceSpec"The namespace's finalizers.
_
statusU
0#/definitions/io.k8s.api.core.v1.NamespaceStatus"!The namespace's phase. Read-only.˙Q
x-kubernetes-group-version-kind.,- group: ""
  kind: Namespace
  version: v1

∫
 io.k8s.api.core.v1.NamespaceListï"A list of Namespace objects.öitems≤
object à
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
\
itemsS"The Namespace objects.≤
array∫.
,
*#/definitions/io.k8s.api.core.v1.Namespace
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙U
x-kubernetes-group-version-kind20- group: ""
  kind: NamespaceList
  version: v1

„
 io.k8s.api.core.v1.NamespaceSpecæ"The attributes of a namespace.≤
object è
å

finalizers~"<Components that must finish before the namespace is removed.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

§
"io.k8s.api.core.v1.NamespaceStatus˝""The observed state of a namespace.≤
object  
ô

conditionsä"The namespace's conditions.≤
array∫?
=≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙'
x-kubernetes-list-map-keys	- type
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keytype
˙'
x-kubernetes-patch-strategymerge

,
phase#"Active or Terminating.≤
string
ﬂ
io.k8s.api.core.v1.Node√"ZA Node is a machine that runs pods. Its status reports capacity, conditions and addresses.≤
object â
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
P
specH
)#/definitions/io.k8s.api.core.v1.NodeSpec"How the node is configured.
r
statush
+#/definitions/io.k8s.api.core.v1.NodeStatus"9The most recently observed status of the node. Read-only.˙L
x-kubernetes-group-version-kind)'- group: ""
  kind: Node
  version: v1

‘
io.k8s.api.core.v1.NodeAddress±"One address of a node.ötypeöaddress≤
object z
$
address"The address.≤
string
R
typeJ"=Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS.≤
string
·
io.k8s.api.core.v1.NodeAffinityΩ"Node affinity rules.≤
object ò
Ò
/preferredDuringSchedulingIgnoredDuringExecutionΩ"LWeighted preferences; the scheduler favours nodes that satisfy more of them.≤
array∫<
:
8#/definitions/io.k8s.api.core.v1.PreferredSchedulingTerm˙#
x-kubernetes-list-type	atomic

°
.requiredDuringSchedulingIgnoredDuringExecutiono
-#/definitions/io.k8s.api.core.v1.NodeSelector">Rules a node must satisfy for the pod to be scheduled onto it.
°
io.k8s.api.core.v1.NodeListÅ"A list of Node objects.öitems≤
object ˛
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
R
itemsI"The Node objects.≤
array∫)
'
%#/definitions/io.k8s.api.core.v1.Node
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙P
x-kubernetes-group-version-kind-+- group: ""
  kind: NodeList
  version: v1

â
io.k8s.api.core.v1.NodeSelectorÂ"A union of node selector terms.önodeSelectorTerms≤
object °
û
nodeSelectorTermsà"The terms; any one must match.≤
array∫5
3
1#/definitions/io.k8s.api.core.v1.NodeSelectorTerm˙#
x-kubernetes-list-type	atomic

‡
*io.k8s.api.core.v1.NodeSelectorRequirement±")One requirement on a node label or field.ökeyöoperator≤
object Ê
+
key$"The label or field key.≤
string
C
operator7"*In, NotIn, Exists, DoesNotExist, Gt or Lt.≤
string
r
valuesh"&The values the operator compares with.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

¨
#io.k8s.api.core.v1.NodeSelectorTermÑ".Requirements on node labels and fields, ANDed.≤
object ≈
¢
matchExpressionsç"Requirements on node labels.≤
array∫<
:
8#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement˙#
x-kubernetes-list-type	atomic

ù
matchFieldsç"Requirements on node fields.≤
array∫<
:
8#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement˙#
x-kubernetes-list-type	atomic

à
io.k8s.api.core.v1.NodeSpecË"The configuration of a node.≤
object ª
5
podCIDR*"The pod IP range of the node.≤
string
ß
podCIDRsö"1The pod IP ranges of the node, one per IP family.≤
array∫
≤
string˙ 
x-kubernetes-list-typeset
˙'
x-kubernetes-patch-strategymerge

?

providerID1"$The node's ID at the cloud provider.≤
string
±
taints¶"2Taints that repel pods which do not tolerate them.≤
array∫?
=≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙#
x-kubernetes-list-type	atomic

c
unschedulableR"DWhen true, no new pods are scheduled onto the node (kubectl cordon).≤	
boolean
Ú

io.k8s.api.core.v1.NodeStatus–
"The observed state of a node.≤
object ¢

¶
	addressesò"8Addresses of the node: InternalIP, ExternalIP, Hostname.≤
array∫0
.
,#/definitions/io.k8s.api.core.v1.NodeAddress˙'
x-kubernetes-list-map-keys	- type
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keytype
˙'
x-kubernetes-patch-strategymerge

z
allocatablek"Resources available to pods.™?
=
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity≤
object
w
capacityk"Total resources of the node.™?
=
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity≤
object
√

conditions¥"EReady, MemoryPressure, DiskPressure, PIDPressure, NetworkUnavailable.≤
array∫?
=≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙'
x-kubernetes-list-map-keys	- type
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keytype
˙'
x-kubernetes-patch-strategymerge

Ü
daemonEndpointss"4Endpoints of daemons on the node (the kubelet port).≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

ö
imagesè"Images present on the node.≤
array∫?
=≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙#
x-kubernetes-list-type	atomic

s
nodeInfog"(Versions and IDs of the node's software.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

!
phase"Deprecated.≤
string
Ì
&io.k8s.api.core.v1.ObjectFieldSelector¬"Selects a field of the pod.ö	fieldPath≤
object ä
V

apiVersionH";The schema version fieldPath is written in. Defaults to v1.≤
string
0
	fieldPath#"The path of the field.≤
string
˘
"io.k8s.api.core.v1.ObjectReference“"7A reference to any object, by kind, namespace and name.≤
object ä
7

apiVersion)"API version of the referent.≤
string
U
	fieldPathH";A field inside the referent, such as spec.containers{name}.≤
string
*
kind""Kind of the referent.≤
string
*
name""Name of the referent.≤
string
4
	namespace'"Namespace of the referent.≤
string
@
resourceVersion-" The referent's resource version.≤
string
(
uid!"UID of the referent.≤
string
ö
#io.k8s.api.core.v1.PersistentVolumeÚ"nPersistentVolume objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙X
x-kubernetes-group-version-kind53- group: ""
  kind: PersistentVolume
  version: v1

©
(io.k8s.api.core.v1.PersistentVolumeClaim¸"sPersistentVolumeClaim objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙]
x-kubernetes-group-version-kind:8- group: ""
  kind: PersistentVolumeClaim
  version: v1

ˆ
,io.k8s.api.core.v1.PersistentVolumeClaimList≈"(A list of PersistentVolumeClaim objects.öitems≤
object †
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
t
itemsk""The PersistentVolumeClaim objects.≤
array∫:
8
6#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙a
x-kubernetes-group-version-kind><- group: ""
  kind: PersistentVolumeClaimList
  version: v1

Ì
4io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource¥"'A reference to a PersistentVolumeClaim.ö	claimName≤
object q
C
	claimName6")Name of the claim in the pod's namespace.≤
string
*
readOnly"Mount read-only.≤	
boolean
›
'io.k8s.api.core.v1.PersistentVolumeList±"#A list of PersistentVolume objects.öitems≤
object ñ
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
j
itemsa"The PersistentVolume objects.≤
array∫5
3
1#/definitions/io.k8s.api.core.v1.PersistentVolume
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙\
x-kubernetes-group-version-kind97- group: ""
  kind: PersistentVolumeList
  version: v1

¿
io.k8s.api.core.v1.Pod•"üA Pod is a group of containers that run together on one node, sharing network and storage. Created directly or by a workload controller (Deployment, Job, ‚Ä¶).≤
object ¶
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
U
specM
(#/definitions/io.k8s.api.core.v1.PodSpec"!The desired behaviour of the pod.
â
status
*#/definitions/io.k8s.api.core.v1.PodStatus"QThe most recently observed state of the pod. Read-only; maintained by the system.˙K
x-kubernetes-group-version-kind(&- group: ""
  kind: Pod
  version: v1

º
io.k8s.api.core.v1.PodAffinityô"Pod affinity rules.≤
object ı
∫
/preferredDuringSchedulingIgnoredDuringExecutionÜ"Weighted preferences.≤
array∫<
:
8#/definitions/io.k8s.api.core.v1.WeightedPodAffinityTerm˙#
x-kubernetes-list-type	atomic

µ
.requiredDuringSchedulingIgnoredDuringExecutionÇ"Terms that must all hold.≤
array∫4
2
0#/definitions/io.k8s.api.core.v1.PodAffinityTerm˙#
x-kubernetes-list-type	atomic

á
"io.k8s.api.core.v1.PodAffinityTerm‡"jPods (selected by labels, in some namespaces) that must or must not share a topology domain with this pod.ötopologyKey≤
object ◊
f
labelSelectorU
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"Selects the pods.
ã
namespaceSelectorv
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"2Selects the namespaces the pods are looked for in.
ó

namespacesà"FNamespaces the pods are looked for in; the pod's namespace when empty.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

E
topologyKey6")The node label key that defines a domain.≤
string
≈
"io.k8s.api.core.v1.PodAntiAffinityû"Pod anti-affinity rules.≤
object ı
∫
/preferredDuringSchedulingIgnoredDuringExecutionÜ"Weighted preferences.≤
array∫<
:
8#/definitions/io.k8s.api.core.v1.WeightedPodAffinityTerm˙#
x-kubernetes-list-type	atomic

µ
.requiredDuringSchedulingIgnoredDuringExecutionÇ"Terms that must all hold.≤
array∫4
2
0#/definitions/io.k8s.api.core.v1.PodAffinityTerm˙#
x-kubernetes-list-type	atomic

‰
io.k8s.api.core.v1.PodCondition¿"One condition of a pod.ötypeöstatus≤
object à
o
lastProbeTime^
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"#When the condition was last probed.
x
lastTransitionTimeb
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"'When the condition last changed status.
F
message;".Human-readable details of the last transition.≤
string
B
reason8"+A CamelCase reason for the last transition.≤
string
.
status$"True, False or Unknown.≤
string
_
typeW"JThe condition's type: PodScheduled, Initialized, ContainersReady or Ready.≤
string
m
io.k8s.api.core.v1.PodIPQ"One IP address of a pod.öip≤
object $
"
ip"The IP address.≤
string
ú
io.k8s.api.core.v1.PodList˝"A list of Pod objects.öitems≤
object ¸
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
P
itemsG"The Pod objects.≤
array∫(
&
$#/definitions/io.k8s.api.core.v1.Pod
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙O
x-kubernetes-group-version-kind,*- group: ""
  kind: PodList
  version: v1

∏
%io.k8s.api.core.v1.PodSecurityContexté"0Security attributes that apply to the whole pod.≤
object Õ
Q
fsGroupFint64"1A supplemental group that owns the pod's volumes.≤	
integer
_
fsGroupChangePolicyH";When volume ownership is changed: OnRootMismatch or Always.≤
string
P

runAsGroupBint64"-The primary group of the container processes.≤	
integer
O
runAsNonRoot?"1Require the containers to run as a non-root user.≤	
boolean
M
	runAsUser@int64"+The user ID the container processes run as.≤	
integer
w
seLinuxOptionse"&The SELinux context of the containers.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

w
seccompProfilee"&The seccomp profile of the containers.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

å
supplementalGroupsv",Extra groups of the first container process.≤
array∫
int64≤	
integer˙#
x-kubernetes-list-type	atomic

£
sysctlsó"#Namespaced sysctls set for the pod.≤
array∫?
=≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙#
x-kubernetes-list-type	atomic

ø,
io.k8s.api.core.v1.PodSpec†,"MThe description of a pod: its containers, volumes and scheduling constraints.ö
containers≤
object µ+
á
activeDeadlineSecondsnint64"YSeconds the pod may stay active on its node before the system fails it. Must be positive.≤	
integer
v
affinityj
)#/definitions/io.k8s.api.core.v1.Affinity"=Node affinity and pod (anti-)affinity scheduling constraints.
g
automountServiceAccountTokenG"9Whether a service account token is mounted automatically.≤	
boolean
¿

containers±"SThe containers of the pod. At least one. Cannot be added or removed after creation.≤
array∫.
,
*#/definitions/io.k8s.api.core.v1.Container˙'
x-kubernetes-list-map-keys	- name
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keyname
˙'
x-kubernetes-patch-strategymerge

í
	dnsConfigÑ"EExtra DNS settings merged into the pod's generated DNS configuration.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

w
	dnsPolicyj"]How the pod resolves names: ClusterFirst (default), ClusterFirstWithHostNet, Default or None.≤
string
Ä
enableServiceLinksj"\Whether information about services is injected into environment variables. Defaults to true.≤	
boolean
◊
ephemeralContainersø"XDebugging containers added to a running pod through the ephemeralcontainers subresource.≤
array∫7
5
3#/definitions/io.k8s.api.core.v1.EphemeralContainer˙'
x-kubernetes-list-map-keys	- name
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keyname
˙'
x-kubernetes-patch-strategymerge

ë
hostAliasesÅ"'Extra entries for the pod's hosts file.≤
array∫.
,
*#/definitions/io.k8s.api.core.v1.HostAlias˙%
x-kubernetes-list-map-keys- ip
˙ 
x-kubernetes-list-typemap
˙%
x-kubernetes-patch-merge-keyip
˙'
x-kubernetes-patch-strategymerge

I
hostIPC>"0Use the host's IPC namespace. Defaults to false.≤	
boolean
y
hostNetworkj"\Use the host's network namespace; the pod's ports are opened on the node. Defaults to false.≤	
boolean
M
hostPIDB"4Use the host's process namespace. Defaults to false.≤	
boolean
K
	hostUsers>"0Use the host's user namespace. Defaults to true.≤	
boolean
F
hostname:"-The pod's hostname; defaults to the pod name.≤
string
¥
imagePullSecretsü"6Secrets in the same namespace used to pull the images.≤
array∫9
7
5#/definitions/io.k8s.api.core.v1.LocalObjectReference˙'
x-kubernetes-list-map-keys	- name
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keyname
˙'
x-kubernetes-patch-strategymerge

π
initContainers¶"HContainers run to completion, in order, before the app containers start.≤
array∫.
,
*#/definitions/io.k8s.api.core.v1.Container˙'
x-kubernetes-list-map-keys	- name
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keyname
˙'
x-kubernetes-patch-strategymerge

l
nodeName`"SThe node the pod is bound to. Set by the scheduler, or directly to skip scheduling.≤
string
i
nodeSelectorY"<Labels a node must have for the pod to be scheduled onto it.™
≤
string≤
object
Ö
os"@The operating system of the containers (name: linux or windows).≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

§
overheadó"HResources used by the pod's sandbox, on top of the containers' requests.™?
=
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity≤
object
z
preemptionPolicyf"YWhether the pod may preempt lower-priority pods: PreemptLowerPriority (default) or Never.≤
string
b
priorityVint32"AThe pod's priority, resolved from priorityClassName by admission.≤	
integer
T
priorityClassName?"2The PriorityClass that gives the pod its priority.≤
string
ú
readinessGatesâ";Extra conditions that must be True for the pod to be ready.≤
array∫?
=≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

e
restartPolicyT"GRestart policy of all containers: Always (default), OnFailure or Never.≤
string
F
runtimeClassName2"%The RuntimeClass used to run the pod.≤
string
^
schedulerNameM"@The scheduler that places the pod; default-scheduler when empty.≤
string
Ü
securityContexts
3#/definitions/io.k8s.api.core.v1.PodSecurityContext"<Pod-level security attributes and common container settings.
F
serviceAccount4"'Deprecated alias of serviceAccountName.≤
string
F
serviceAccountName0"#The ServiceAccount the pod runs as.≤
string
]
setHostnameAsFQDNH":Set the pod's hostname to its fully qualified domain name.≤	
boolean
e
shareProcessNamespaceL">Share one process namespace between all containers of the pod.≤	
boolean
x
	subdomaink"^With hostname, gives the pod the name <hostname>.<subdomain>.<namespace>.svc.<cluster domain>.≤
string
ä
terminationGracePeriodSecondsiint64"TSeconds the pod has to stop gracefully after the termination signal. Defaults to 30.≤	
integer
å
tolerations}"Taints the pod tolerates.≤
array∫/
-
+#/definitions/io.k8s.api.core.v1.Toleration˙#
x-kubernetes-list-type	atomic

‰
topologySpreadConstraints∆"7How the pods of a group spread across topology domains.≤
array∫=
;
9#/definitions/io.k8s.api.core.v1.TopologySpreadConstraint˙B
x-kubernetes-list-map-keys$"- topologyKey
- whenUnsatisfiable
˙ 
x-kubernetes-list-typemap
˙.
x-kubernetes-patch-merge-keytopologyKey
˙'
x-kubernetes-patch-strategymerge

†
volumesî",Volumes the containers of the pod can mount.≤
array∫+
)
'#/definitions/io.k8s.api.core.v1.Volume˙'
x-kubernetes-list-map-keys	- name
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keyname
˙4
x-kubernetes-patch-strategy"merge,retainKeys"

ë
io.k8s.api.core.v1.PodStatus"The observed state of a pod.≤
object √
ƒ

conditionsµ"TCurrent service state of the pod: PodScheduled, Initialized, ContainersReady, Ready.≤
array∫1
/
-#/definitions/io.k8s.api.core.v1.PodCondition˙'
x-kubernetes-list-map-keys	- type
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keytype
˙'
x-kubernetes-patch-strategymerge

£
containerStatusesç"$One entry per container of the spec.≤
array∫4
2
0#/definitions/io.k8s.api.core.v1.ContainerStatus˙#
x-kubernetes-list-type	atomic

™
ephemeralContainerStatusesã""One entry per ephemeral container.≤
array∫4
2
0#/definitions/io.k8s.api.core.v1.ContainerStatus˙#
x-kubernetes-list-type	atomic

>
hostIP4"'IP address of the node the pod runs on.≤
string
î
hostIPsà"(IP addresses of the node, IPv4 and IPv6.≤
array∫+
)
'#/definitions/io.k8s.api.core.v1.HostIP˙#
x-kubernetes-list-type	atomic

†
initContainerStatusesÜ"One entry per init container.≤
array∫4
2
0#/definitions/io.k8s.api.core.v1.ContainerStatus˙#
x-kubernetes-list-type	atomic

T
messageI"<A human-readable message on why the pod is in its condition.≤
string
Z
nominatedNodeNameE"8The node the pod is expected to run on after preemption.≤
string
h
phase_"RWhere the pod is in its lifecycle: Pending, Running, Succeeded, Failed or Unknown.≤
string
A
podIP8"+The pod's IP address; empty until assigned.≤
string
ê
podIPsÖ"/The pod's IP addresses; the first equals podIP.≤
array∫*
(
&#/definitions/io.k8s.api.core.v1.PodIP˙%
x-kubernetes-list-map-keys- ip
˙ 
x-kubernetes-list-typemap
˙%
x-kubernetes-patch-merge-keyip
˙'
x-kubernetes-patch-strategymerge

[
qosClassO"BThe quality of service class: Guaranteed, Burstable or BestEffort.≤
string
U
reasonK">A brief CamelCase reason for the pod's state, such as Evicted.≤
string
Ü
	startTimey
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time">When the node acknowledged the pod, before images were pulled.
Ê
"io.k8s.api.core.v1.PodTemplateSpecø"@The pods a workload controller creates: their metadata and spec.≤
object Ó
ú
metadataè
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"NMetadata of the created pods; its labels must match the controller's selector.
M
specE
(#/definitions/io.k8s.api.core.v1.PodSpec"Spec of the created pods.
˝
*io.k8s.api.core.v1.PreferredSchedulingTermŒ"A weighted node selector term.öweightö
preference≤
object â
L

preference>
1#/definitions/io.k8s.api.core.v1.NodeSelectorTerm"	The term.
9
weight/int32"Weight in the range 1-100.≤	
integer
÷
io.k8s.api.core.v1.Probeπ"'A health check run against a container.≤
object Å
`
execX
+#/definitions/io.k8s.api.core.v1.ExecAction")Runs a command; exit status 0 is success.
r
failureThreshold^int32"IConsecutive failures after a success that count as failed. Defaults to 3.≤	
integer
U
grpcM
+#/definitions/io.k8s.api.core.v1.GRPCAction"Calls the gRPC health service.
o
httpGetd
.#/definitions/io.k8s.api.core.v1.HTTPGetAction"2Sends an HTTP GET; a 2xx or 3xx status is success.
f
initialDelaySecondsOint32":Seconds after the container starts before the first probe.≤	
integer
M
periodSeconds<int32"'Seconds between probes. Defaults to 10.≤	
integer
t
successThreshold`int32"KConsecutive successes after a failure that count as success. Defaults to 1.≤	
integer
X
	tcpSocketK
0#/definitions/io.k8s.api.core.v1.TCPSocketAction"Opens a TCP connection.
Ä
terminationGracePeriodSeconds_int64"JGrace period for the container when the probe fails, overriding the pod's.≤	
integer
W
timeoutSecondsEint32"0Seconds before a probe times out. Defaults to 1.≤	
integer
ÿ
(io.k8s.api.core.v1.ReplicationController´"UA ReplicationController keeps a number of pods running; the older form of ReplicaSet.≤
object Â
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
n
specf
:#/definitions/io.k8s.api.core.v1.ReplicationControllerSpec"(The desired behaviour of the controller.
Ø
status§"eThe most recently observed status: replicas, readyReplicas, availableReplicas, conditions. Read-only.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙]
x-kubernetes-group-version-kind:8- group: ""
  kind: ReplicationController
  version: v1

ˆ
,io.k8s.api.core.v1.ReplicationControllerList≈"(A list of ReplicationController objects.öitems≤
object †
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
t
itemsk""The ReplicationController objects.≤
array∫:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙a
x-kubernetes-group-version-kind><- group: ""
  kind: ReplicationControllerList
  version: v1

ä
,io.k8s.api.core.v1.ReplicationControllerSpecŸ"-The desired state of a ReplicationController.≤
object õ
m
minReadySecondsZint32"ESeconds a new pod must be ready to count as available. Defaults to 0.≤	
integer
K
replicas?int32"*The number of desired pods. Unset means 1.≤	
integer
w
selectork"NLabels of the pods counted against replicas; the template's labels when empty.™
≤
string≤
object
d
templateX
0#/definitions/io.k8s.api.core.v1.PodTemplateSpec"$The pods created when too few exist.
Ê
 io.k8s.api.core.v1.ResourceClaim¡"+A reference to a resource claim of the pod.öname≤
object 
F
name>"1The name of an entry in the pod's resourceClaims.≤
string
5
request*"The request within the claim.≤
string
Ä
(io.k8s.api.core.v1.ResourceFieldSelector”"CSelects a resource of a container: limits.cpu, requests.memory, ‚Ä¶öresource≤
object Ù
B
containerName1"$The container; required for volumes.≤
string
|
divisorq
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"2The unit the value is expressed in. Defaults to 1.
0
resource$"The resource to select.≤
string
ë
 io.k8s.api.core.v1.ResourceQuotaÏ"kResourceQuota objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙U
x-kubernetes-group-version-kind20- group: ""
  kind: ResourceQuota
  version: v1

Œ
$io.k8s.api.core.v1.ResourceQuotaList•" A list of ResourceQuota objects.öitems≤
object ê
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
d
items["The ResourceQuota objects.≤
array∫2
0
.#/definitions/io.k8s.api.core.v1.ResourceQuota
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙Y
x-kubernetes-group-version-kind64- group: ""
  kind: ResourceQuotaList
  version: v1

Ñ
'io.k8s.api.core.v1.ResourceRequirementsÿ"9Compute resources a container requests and is limited to.≤
object é
Ã
claims¡"3Dynamically allocated resources the container uses.≤
array∫2
0
.#/definitions/io.k8s.api.core.v1.ResourceClaim˙'
x-kubernetes-list-map-keys	- name
˙ 
x-kubernetes-list-typemap

â
limits"0The most of each resource the container may use.™?
=
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity≤
object
∞
requests£"TThe least of each resource the container needs; defaults to the limits when omitted.™?
=
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity≤
object
◊	
io.k8s.api.core.v1.Secretπ	"VA Secret holds sensitive data such as passwords, tokens and keys, for pods to consume.≤
object Å
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
M
dataE""The secret values, base64-encoded.™
byte≤
string≤
object
_
	immutableR"DWhen true, data can no longer be changed; only deletion is possible.≤	
boolean
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
o

stringDataa"DWrite-only convenience: plain-text values merged into data on write.™
≤
string≤
object
ö
typeë"ÉHow the data is used: Opaque (default), kubernetes.io/tls, kubernetes.io/dockerconfigjson, kubernetes.io/service-account-token, ‚Ä¶≤
string˙N
x-kubernetes-group-version-kind+)- group: ""
  kind: Secret
  version: v1

œ
"io.k8s.api.core.v1.SecretEnvSource®"0A Secret used as a set of environment variables.≤
object h
(
name "Name of the Secret.≤
string
<
optional0""Whether the Secret may be missing.≤	
boolean
˜
$io.k8s.api.core.v1.SecretKeySelectorŒ"Selects one key of a Secret.ökey≤
object õ
&
key"The key to select.≤
string
(
name "Name of the Secret.≤
string
G
optional;"-Whether the Secret or the key may be missing.≤	
boolean
´
io.k8s.api.core.v1.SecretListâ"A list of Secret objects.öitems≤
object Ç
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
V
itemsM"The Secret objects.≤
array∫+
)
'#/definitions/io.k8s.api.core.v1.Secret
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙R
x-kubernetes-group-version-kind/-- group: ""
  kind: SecretList
  version: v1

∆
%io.k8s.api.core.v1.SecretVolumeSourceú"A Secret mounted as files.≤
object Ò
[
defaultModeLint32"7Permission bits of the created files. Defaults to 0644.≤	
integer
£
itemsô"6Which keys to project, and where; all keys when empty.≤
array∫.
,
*#/definitions/io.k8s.api.core.v1.KeyToPath˙#
x-kubernetes-list-type	atomic

<
optional0""Whether the Secret may be missing.≤	
boolean
.

secretName "Name of the Secret.≤
string
ˇ
"io.k8s.api.core.v1.SecurityContextÿ""Security options of one container.≤
object •
e
allowPrivilegeEscalationI";Whether a process can gain more privileges than its parent.≤	
boolean
d
capabilitiesT
-#/definitions/io.k8s.api.core.v1.Capabilities"#Linux capabilities to add and drop.
a

privilegedS"ERun as privileged: equivalent to root on the host. Defaults to false.≤	
boolean
G
	procMount:"-The kind of /proc mount: Default or Unmasked.≤
string
L
readOnlyRootFilesystem2"$Mount the root filesystem read-only.≤	
boolean
N

runAsGroup@int64"+The primary group of the container process.≤	
integer
N
runAsNonRoot>"0Require the container to run as a non-root user.≤	
boolean
L
	runAsUser?int64"*The user ID the container process runs as.≤	
integer
v
seLinuxOptionsd"%The SELinux context of the container.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

v
seccompProfiled"%The seccomp profile of the container.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

ó
io.k8s.api.core.v1.Service¯"yA Service gives a set of pods (selected by labels) one stable virtual IP and DNS name, and load-balances traffic to them.≤
object ú
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
]
specU
,#/definitions/io.k8s.api.core.v1.ServiceSpec"%The desired behaviour of the service.
x
statusn
.#/definitions/io.k8s.api.core.v1.ServiceStatus"<The most recently observed status of the service. Read-only.˙O
x-kubernetes-group-version-kind,*- group: ""
  kind: Service
  version: v1

†

!io.k8s.api.core.v1.ServiceAccount˙	"?A ServiceAccount is an identity for processes that run in pods.≤
object —
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
w
automountServiceAccountTokenW"IWhether pods running as this account get an API token mounted by default.≤	
boolean
ø
imagePullSecrets™"<Secrets used to pull images of pods running as this account.≤
array∫9
7
5#/definitions/io.k8s.api.core.v1.LocalObjectReference˙#
x-kubernetes-list-type	atomic

£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
–
secretsƒ"-Secrets pods running as this account may use.≤
array∫4
2
0#/definitions/io.k8s.api.core.v1.ObjectReference˙'
x-kubernetes-patch-merge-keyname
˙'
x-kubernetes-patch-strategymerge
˙V
x-kubernetes-group-version-kind31- group: ""
  kind: ServiceAccount
  version: v1

”
%io.k8s.api.core.v1.ServiceAccountList©"!A list of ServiceAccount objects.öitems≤
object í
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
f
items]"The ServiceAccount objects.≤
array∫3
1
/#/definitions/io.k8s.api.core.v1.ServiceAccount
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙Z
x-kubernetes-group-version-kind75- group: ""
  kind: ServiceAccountList
  version: v1

∞
io.k8s.api.core.v1.ServiceListç"A list of Service objects.öitems≤
object Ñ
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
X
itemsO"The Service objects.≤
array∫,
*
(#/definitions/io.k8s.api.core.v1.Service
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙S
x-kubernetes-group-version-kind0.- group: ""
  kind: ServiceList
  version: v1

Û
io.k8s.api.core.v1.ServicePort–"One port of a service.öport≤
object ¢
A
appProtocol2"%The application protocol of the port.≤
string
_
nameW"JThe port's name, a DNS label; required when the service has several ports.≤
string
u
nodePortiint32"TThe port on every node for NodePort and LoadBalancer services; allocated when empty.≤	
integer
=
port5int32" The port the service listens on.≤	
integer
4
protocol("TCP (default), UDP or SCTP.≤
string
è

targetPortÄ
=#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString"?The port number or name on the selected pods. Defaults to port.
î
io.k8s.api.core.v1.ServiceSpecÒ"The attributes of a service.≤
object ƒ
}
allocateLoadBalancerNodePorts\"NWhether node ports are allocated for a LoadBalancer service. Defaults to true.≤	
boolean
ù
	clusterIPè"ÅThe virtual IP of the service, allocated by the server when empty; "None" makes a headless service. Cannot be changed afterwards.≤
string
ö

clusterIPsã"IThe service's virtual IPs, one per IP family; the first equals clusterIP.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

â
externalIPsz"8Extra IPs on which nodes accept traffic for the service.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

b
externalNameR"EFor type ExternalName: the DNS name the service's name is a CNAME of.≤
string
q
externalTrafficPolicyX"KHow traffic from outside the cluster is routed: Cluster (default) or Local.≤
string
p
internalTrafficPolicyW"JHow traffic from inside the cluster is routed: Cluster (default) or Local.≤
string
{

ipFamiliesm"+The IP families of the service: IPv4, IPv6.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

Z
ipFamilyPolicyH";SingleStack (default), PreferDualStack or RequireDualStack.≤
string
Y
loadBalancerClassD"7The load balancer implementation for type LoadBalancer.≤
string
H
loadBalancerIP6")Deprecated: a requested load balancer IP.≤
string
ç
loadBalancerSourceRangesq"/Client CIDRs allowed through the load balancer.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

ì
portsâ"The ports the service exposes.≤
array∫0
.
,#/definitions/io.k8s.api.core.v1.ServicePort˙2
x-kubernetes-list-map-keys- port
- protocol
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keyport
˙'
x-kubernetes-patch-strategymerge

W
publishNotReadyAddresses;"-Publish addresses of pods that are not ready.≤	
boolean
ï
selectorà"kPods with these labels receive the service's traffic. Without a selector, endpoints are managed externally.™
≤
string≤
object
;
sessionAffinity("ClientIP or None (default).≤
string

sessionAffinityConfigf"'Settings of client-IP session affinity.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

o
trafficDistributionX"KA preference for how traffic is spread over endpoints, such as PreferClose.≤
string
m
typee"XHow the service is exposed: ClusterIP (default), NodePort, LoadBalancer or ExternalName.≤
string
Ï
 io.k8s.api.core.v1.ServiceStatus«"!The observed status of a service.≤
object ï
§

conditionsï"&The current conditions of the service.≤
array∫?
=≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙'
x-kubernetes-list-map-keys	- type
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keytype
˙'
x-kubernetes-patch-strategymerge

l
loadBalancer\
3#/definitions/io.k8s.api.core.v1.LoadBalancerStatus"%The load balancer, when there is one.
Å
"io.k8s.api.core.v1.TCPSocketAction⁄"A TCP connection attempt.öport≤
object ©
D
host<"/The host to connect to; defaults to the pod IP.≤
string
a
portY
=#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString"The port number or name.
§
io.k8s.api.core.v1.TolerationÇ"9Lets a pod be scheduled onto nodes with a matching taint.≤
object ∏
o
effecte"XThe taint effect to match: NoSchedule, PreferNoSchedule or NoExecute; empty matches all.≤
string
[
keyT"GThe taint key to match; empty with operator Exists matches every taint.≤
string
3
operator'"Exists or Equal (default).≤
string
n
tolerationSecondsYint64"DFor NoExecute: how long the pod stays bound after the taint appears.≤	
integer
C
value:"-The taint value to match with operator Equal.≤
string
“
+io.k8s.api.core.v1.TopologySpreadConstraint¢"4How pods matching a selector spread over a topology.ömaxSkewötopologyKeyöwhenUnsatisfiable≤
object ±
}
labelSelectorl
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"(Selects the pods counted in each domain.
ù
matchLabelKeysä"HLabel keys whose values from the incoming pod are added to the selector.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

d
maxSkewYint32"DThe largest allowed difference in matching pods between two domains.≤	
integer
J

minDomains<int32"'The minimum number of eligible domains.≤	
integer
j
nodeAffinityPolicyT"GWhether node affinity is honoured when computing skew: Honor or Ignore.≤
string
g
nodeTaintsPolicyS"FWhether node taints are honoured when computing skew: Honor or Ignore.≤
string
E
topologyKey6")The node label key that defines a domain.≤
string
B
whenUnsatisfiable-" DoNotSchedule or ScheduleAnyway.≤
string
ƒ
,io.k8s.api.core.v1.TypedLocalObjectReferenceì"LA reference to an object in the same namespace, by API group, kind and name.ökindöname≤
object ®
N
apiGroupB"5API group of the referent; the core group when empty.≤
string
*
kind""Kind of the referent.≤
string
*
name""Name of the referent.≤
string
ﬂ	
io.k8s.api.core.v1.Volume¡	"QA named volume in a pod that its containers can mount. Exactly one source is set.öname≤
object ÿ
h
	configMap[
6#/definitions/io.k8s.api.core.v1.ConfigMapVolumeSource"!The keys of a ConfigMap as files.
h
csia""A volume provided by a CSI driver.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

b
downwardAPIS"Pod fields as files.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

v
emptyDirj
5#/definitions/io.k8s.api.core.v1.EmptyDirVolumeSource"1An empty directory that lives as long as the pod.
e
hostPathY
5#/definitions/io.k8s.api.core.v1.HostPathVolumeSource" A file or directory of the node.
J
nameB"5The volume's name, a DNS label unique within the pod.≤
string
S
nfsL"An NFS mount.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

é
persistentVolumeClaimu
B#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource"/A PersistentVolumeClaim in the pod's namespace.
´
	projectedù"^Several sources (secrets, config maps, downward API, service account tokens) in one directory.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

_
secretU
3#/definitions/io.k8s.api.core.v1.SecretVolumeSource"The keys of a Secret as files.
á
io.k8s.api.core.v1.VolumeDevice„"+A raw block volume mapped into a container.önameö
devicePath≤
object ì
G

devicePath9",The path of the device inside the container.≤
string
H
name@"3The name of the pod's persistentVolumeClaim volume.≤
string
Ã
io.k8s.api.core.v1.VolumeMount©""A volume mounted into a container.önameö	mountPath≤
object „
N
	mountPathA"4The path inside the container; must not contain ':'.≤
string
y
mountPropagatione"XHow mounts propagate between host and container: None, HostToContainer or Bidirectional.≤
string
0
name("The name of the pod volume.≤
string
=
readOnly1"#Mount read-only. Defaults to false.≤	
boolean
N
subPathC"6A path inside the volume to mount instead of its root.≤
string
U
subPathExprF"9Like subPath, with $(VAR) expansion from the environment.≤
string
Ö
*io.k8s.api.core.v1.WeightedPodAffinityTerm÷"A weighted pod affinity term.öweightöpodAffinityTerm≤
object ç
P
podAffinityTerm=
0#/definitions/io.k8s.api.core.v1.PodAffinityTerm"	The term.
9
weight/int32"Weight in the range 1-100.≤	
integer
”
 io.k8s.api.discovery.v1.EndpointÆ"One endpoint of a service.ö	addresses≤
object ˜
e
	addressesX"The endpoint's addresses.≤
array∫
≤
string˙ 
x-kubernetes-list-typeset

Ä

conditionsr
8#/definitions/io.k8s.api.discovery.v1.EndpointConditions"6Whether the endpoint is ready, serving or terminating.
1
hostname%"The endpoint's hostname.≤
string
7
nodeName+"The node hosting the endpoint.≤
string
o
	targetRefb
0#/definitions/io.k8s.api.core.v1.ObjectReference".The object behind the endpoint, usually a pod.
.
zone&"The zone of the endpoint.≤
string
≤
*io.k8s.api.discovery.v1.EndpointConditionsÉ"The state of an endpoint.≤
object Ÿ
A
ready8"*Whether the endpoint is ready for traffic.≤	
boolean
Q
servingF"8Whether the endpoint is serving, even while terminating.≤	
boolean
A
terminating2"$Whether the endpoint is terminating.≤	
boolean
º
$io.k8s.api.discovery.v1.EndpointPortì"One port of an EndpointSlice.≤
object Â
5
appProtocol&"The application protocol.≤
string
G
name?"2The port's name, matching the service port's name.≤
string
-
port%int32"The port number.≤	
integer
4
protocol("TCP (default), UDP or SCTP.≤
string
å	
%io.k8s.api.discovery.v1.EndpointSlice‚">An EndpointSlice lists some of the endpoints behind a service.öaddressTypeö	endpoints≤
object ì
/
addressType "IPv4, IPv6 or FQDN.≤
string
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
Ç
	endpointsu"The endpoints.≤
array∫2
0
.#/definitions/io.k8s.api.discovery.v1.Endpoint˙#
x-kubernetes-list-type	atomic

£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
ó
portsç""Ports available on every endpoint.≤
array∫6
4
2#/definitions/io.k8s.api.discovery.v1.EndpointPort˙#
x-kubernetes-list-type	atomic
˙c
x-kubernetes-group-version-kind@>- group: discovery.k8s.io
  kind: EndpointSlice
  version: v1

Ê
)io.k8s.api.discovery.v1.EndpointSliceList∏" A list of EndpointSlice objects.öitems≤
object ï
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
i
items`"The EndpointSlice objects.≤
array∫7
5
3#/definitions/io.k8s.api.discovery.v1.EndpointSlice
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙g
x-kubernetes-group-version-kindDB- group: discovery.k8s.io
  kind: EndpointSliceList
  version: v1

⁄
io.k8s.api.events.v1.Eventª"`An Event reports something that happened to an object (the events.k8s.io form of core/v1 Event).ö	eventTime≤
object „
?
action5"(What was done, or failed, to the object.≤
string
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
@
deprecatedCount-int32"The core/v1 count field.≤	
integer
x
deprecatedFirstTimestamp\
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"!The core/v1 firstTimestamp field.
v
deprecatedLastTimestamp[
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time" The core/v1 lastTimestamp field.
l
deprecatedSourceX"The core/v1 source field.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

o
	eventTimeb
<#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime""When the event was first observed.
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
2
note*"A human-readable description.≤
string
0
reason&"A short CamelCase reason.≤
string
_
	regardingR
0#/definitions/io.k8s.api.core.v1.ObjectReference"The object the event is about.
X
relatedM
0#/definitions/io.k8s.api.core.v1.ObjectReference"A second object involved.
J
reportingController3"&The controller that emitted the event.≤
string
B
reportingInstance-" The instance of that controller.≤
string
p
seriesf"'Data about a series of repeated events.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

'
type"Normal or Warning.≤
string˙X
x-kubernetes-group-version-kind53- group: events.k8s.io
  kind: Event
  version: v1

µ
io.k8s.api.events.v1.EventListí"A list of Event objects.öitems≤
object Ç
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
V
itemsM"The Event objects.≤
array∫,
*
(#/definitions/io.k8s.api.events.v1.Event
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙\
x-kubernetes-group-version-kind97- group: events.k8s.io
  kind: EventList
  version: v1

Ö
(io.k8s.api.networking.v1.HTTPIngressPathÿ"&One path and the backend it routes to.öpathTypeöbackend≤
object å
_
backendT
5#/definitions/io.k8s.api.networking.v1.IngressBackend"Where matching requests go.
Q
pathI"<The path to match; must begin with '/' for Prefix and Exact.≤
string
V
pathTypeJ"=How path is matched: Exact, Prefix or ImplementationSpecific.≤
string
È
-io.k8s.api.networking.v1.HTTPIngressRuleValue∑"Paths mapped to backends.öpaths≤
object Ö
Ç
pathsy"
The paths.≤
array∫:
8
6#/definitions/io.k8s.api.networking.v1.HTTPIngressPath˙#
x-kubernetes-list-type	atomic

Î
 io.k8s.api.networking.v1.Ingress∆"HAn Ingress routes external HTTP(S) traffic to services by host and path.≤
object å
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
W
specO
2#/definitions/io.k8s.api.networking.v1.IngressSpec"The rules of the Ingress.
n
statusd
4#/definitions/io.k8s.api.networking.v1.IngressStatus",The current state of the Ingress. Read-only.˙^
x-kubernetes-group-version-kind;9- group: networking.k8s.io
  kind: Ingress
  version: v1

á
'io.k8s.api.networking.v1.IngressBackend€"3A service port or a resource that receives traffic.≤
object ó
à
resource|
:#/definitions/io.k8s.api.core.v1.TypedLocalObjectReference">A resource in the Ingress's namespace; exclusive with service.
â
service~
<#/definitions/io.k8s.api.networking.v1.IngressServiceBackend">A service in the Ingress's namespace; exclusive with resource.
ò
%io.k8s.api.networking.v1.IngressClassÓ"MAn IngressClass names the controller that implements Ingresses of that class.≤
object ™
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
e
spec]
7#/definitions/io.k8s.api.networking.v1.IngressClassSpec""The controller and its parameters.˙c
x-kubernetes-group-version-kind@>- group: networking.k8s.io
  kind: IngressClass
  version: v1

‰
)io.k8s.api.networking.v1.IngressClassList∂"A list of IngressClass objects.öitems≤
object î
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
h
items_"The IngressClass objects.≤
array∫7
5
3#/definitions/io.k8s.api.networking.v1.IngressClass
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙g
x-kubernetes-group-version-kindDB- group: networking.k8s.io
  kind: IngressClassList
  version: v1

ù
8io.k8s.api.networking.v1.IngressClassParametersReference‡"2A reference to a controller's parameters resource.ökindöname≤
object è
3
apiGroup'"API group of the resource.≤
string
*
kind""Kind of the resource.≤
string
*
name""Name of the resource.≤
string
I
	namespace<"/Namespace of the resource, for scope Namespace.≤
string
5
scope,"Cluster (default) or Namespace.≤
string
‹
)io.k8s.api.networking.v1.IngressClassSpecÆ""The controller of an IngressClass.≤
object ˚
q

controllerc"VThe name of the controller, such as example.com/ingress-controller. Cannot be changed.≤
string
Ö

parametersw
F#/definitions/io.k8s.api.networking.v1.IngressClassParametersReference"-A resource holding the controller's settings.
À
$io.k8s.api.networking.v1.IngressList¢"A list of Ingress objects.öitems≤
object ä
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
^
itemsU"The Ingress objects.≤
array∫2
0
.#/definitions/io.k8s.api.networking.v1.Ingress
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙b
x-kubernetes-group-version-kind?=- group: networking.k8s.io
  kind: IngressList
  version: v1

Ì
3io.k8s.api.networking.v1.IngressLoadBalancerIngressµ" One ingress point of an Ingress.≤
object Ñ
3
hostname'"A DNS-based ingress point.≤
string
-
ip'"An IP-based ingress point.≤
string
ù
portsì"The ports of the ingress point.≤
array∫?
=≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙#
x-kubernetes-list-type	atomic

ç
2io.k8s.api.networking.v1.IngressLoadBalancerStatus÷")The status of an Ingress's load balancer.≤
object ú
ô
ingressç"The ingress points.≤
array∫E
C
A#/definitions/io.k8s.api.networking.v1.IngressLoadBalancerIngress˙#
x-kubernetes-list-type	atomic

Ã
$io.k8s.api.networking.v1.IngressRule£"4Routes requests for one host (or all hosts) by path.≤
object ﬁ
x
hostp"cA fully qualified domain name, optionally with a leading "*." wildcard label; all hosts when empty.≤
string
b
httpZ
;#/definitions/io.k8s.api.networking.v1.HTTPIngressRuleValue"The HTTP paths of the rule.
Ä
.io.k8s.api.networking.v1.IngressServiceBackendÕ"A service and one of its ports.öname≤
object ñ
)
name!"Name of the service.≤
string
i
porta
9#/definitions/io.k8s.api.networking.v1.ServiceBackendPort"$The service port, by number or name.
Ï
$io.k8s.api.networking.v1.IngressSpec√"%The rules and backends of an Ingress.≤
object ç
n
defaultBackend\
5#/definitions/io.k8s.api.networking.v1.IngressBackend"#Where requests matching no rule go.
[
ingressClassNameG":The IngressClass whose controller implements this Ingress.≤
string
≤
rules®"=Host rules; requests matching none go to the default backend.≤
array∫6
4
2#/definitions/io.k8s.api.networking.v1.IngressRule˙#
x-kubernetes-list-type	atomic

à
tlsÄ"TLS settings, by host.≤
array∫5
3
1#/definitions/io.k8s.api.networking.v1.IngressTLS˙#
x-kubernetes-list-type	atomic

”
&io.k8s.api.networking.v1.IngressStatus®"!The observed state of an Ingress.≤
object w
u
loadBalancere
@#/definitions/io.k8s.api.networking.v1.IngressLoadBalancerStatus"!The load balancer of the Ingress.
ã
#io.k8s.api.networking.v1.IngressTLS„"TLS settings for some hosts.≤
object ∂
l
hostsc"!Hosts covered by the certificate.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

F

secretName8"+The Secret holding the certificate and key.≤
string
¶
&io.k8s.api.networking.v1.NetworkPolicy˚"kNetworkPolicy objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙d
x-kubernetes-group-version-kindA?- group: networking.k8s.io
  kind: NetworkPolicy
  version: v1

È
*io.k8s.api.networking.v1.NetworkPolicyList∫" A list of NetworkPolicy objects.öitems≤
object ñ
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
j
itemsa"The NetworkPolicy objects.≤
array∫8
6
4#/definitions/io.k8s.api.networking.v1.NetworkPolicy
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙h
x-kubernetes-group-version-kindEC- group: networking.k8s.io
  kind: NetworkPolicyList
  version: v1

Õ
+io.k8s.api.networking.v1.ServiceBackendPortù"3A service port, by number or by name (exactly one).≤
object Z
%
name"The port's name.≤
string
1
number'int32"The port's number.≤	
integer
°
(io.k8s.api.policy.v1.PodDisruptionBudgetÙ"lA PodDisruptionBudget limits how many pods of a set voluntary disruptions (evictions) may take down at once.≤
object ï
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
Y
specQ
:#/definitions/io.k8s.api.policy.v1.PodDisruptionBudgetSpec"The desired budget.
u
statusk
<#/definitions/io.k8s.api.policy.v1.PodDisruptionBudgetStatus"+The current state of the budget. Read-only.˙_
x-kubernetes-group-version-kind<:- group: policy
  kind: PodDisruptionBudget
  version: v1

Ù
,io.k8s.api.policy.v1.PodDisruptionBudgetList√"&A list of PodDisruptionBudget objects.öitems≤
object û
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
r
itemsi" The PodDisruptionBudget objects.≤
array∫:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙c
x-kubernetes-group-version-kind@>- group: policy
  kind: PodDisruptionBudgetList
  version: v1

ã
,io.k8s.api.policy.v1.PodDisruptionBudgetSpec⁄"The desired budget.≤
object ∂
•
maxUnavailableí
=#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString"QThe most selected pods (or percentage) that may be unavailable after an eviction.
¶
minAvailableï
=#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString"TThe fewest selected pods (or percentage) that must stay available after an eviction.
s
selectorg
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"#Selects the pods the budget covers.
n
unhealthyPodEvictionPolicyP"CWhen unhealthy pods may be evicted: IfHealthyBudget or AlwaysAllow.≤
string
¨
.io.k8s.api.policy.v1.PodDisruptionBudgetStatus˘"The observed state of a budget.ödisruptionsAllowedöcurrentHealthyödesiredHealthyöexpectedPods≤
object É
ñ

conditionsá"The budget's conditions.≤
array∫?
=≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙'
x-kubernetes-list-map-keys	- type
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keytype
˙'
x-kubernetes-patch-strategymerge

8
currentHealthy&int32"Healthy pods now.≤	
integer
;
desiredHealthy)int32"Healthy pods needed.≤	
integer
ê
disruptedPods"4Pods being evicted, by name, with the eviction time.™;
9
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time≤
object
C
disruptionsAllowed-int32"Disruptions allowed now.≤	
integer
@
expectedPods0int32"Pods counted by the budget.≤	
integer
W
observedGenerationAint64",The generation the controller last acted on.≤	
integer
µ
"io.k8s.api.rbac.v1.AggregationRuleé"2Selects the ClusterRoles whose rules are combined.≤
object À
»
clusterRoleSelectorsØ"6Selectors; a ClusterRole matching any one is included.≤
array∫D
B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector˙#
x-kubernetes-list-type	atomic

È
io.k8s.api.rbac.v1.ClusterRole∆"cA ClusterRole is a cluster-wide set of permissions, granted by RoleBindings or ClusterRoleBindings.≤
object Â
í
aggregationRule
0#/definitions/io.k8s.api.rbac.v1.AggregationRule"KWhen set, rules is filled by the controller from the selected ClusterRoles.
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
ä
rulesÄ"The permissions of the role.≤
array∫/
-
+#/definitions/io.k8s.api.rbac.v1.PolicyRule˙#
x-kubernetes-list-type	atomic
˙j
x-kubernetes-group-version-kindGE- group: rbac.authorization.k8s.io
  kind: ClusterRole
  version: v1

‘
%io.k8s.api.rbac.v1.ClusterRoleBinding™"IA ClusterRoleBinding grants a ClusterRole to subjects across the cluster.öroleRef≤
object “
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
b
roleRefW
(#/definitions/io.k8s.api.rbac.v1.RoleRef"+The ClusterRole granted. Cannot be changed.
®
subjectsõ":Users, groups and service accounts the role is granted to.≤
array∫,
*
(#/definitions/io.k8s.api.rbac.v1.Subject˙#
x-kubernetes-list-type	atomic
˙q
x-kubernetes-group-version-kindNL- group: rbac.authorization.k8s.io
  kind: ClusterRoleBinding
  version: v1

˛
)io.k8s.api.rbac.v1.ClusterRoleBindingList–"%A list of ClusterRoleBinding objects.öitems≤
object ö
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
n
itemse"The ClusterRoleBinding objects.≤
array∫7
5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBinding
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙u
x-kubernetes-group-version-kindRP- group: rbac.authorization.k8s.io
  kind: ClusterRoleBindingList
  version: v1

€
"io.k8s.api.rbac.v1.ClusterRoleList¥"A list of ClusterRole objects.öitems≤
object å
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
`
itemsW"The ClusterRole objects.≤
array∫0
.
,#/definitions/io.k8s.api.rbac.v1.ClusterRole
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙n
x-kubernetes-group-version-kindKI- group: rbac.authorization.k8s.io
  kind: ClusterRoleList
  version: v1

Ì
io.k8s.api.rbac.v1.PolicyRuleÀ"5Allowed verbs on some resources or non-resource URLs.överbs≤
object ˝
í
	apiGroupsÑ"BAPI groups of the resources; "" is the core group, "*" all groups.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

û
nonResourceURLsä"HURL paths (ending in * for prefixes) the rule allows; ClusterRoles only.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

á
resourceNamesv"4Object names the rule is limited to; all when empty.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

ò
	resourcesä"HResources (and resource/subresource) the rule applies to; "*" means all.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

ü
verbsï"SAllowed verbs: get, list, watch, create, update, patch, delete, ‚Ä¶; "*" means all.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

¥
io.k8s.api.rbac.v1.Roleò"QA Role is a namespaced set of permissions (PolicyRules), granted by RoleBindings.≤
object –
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
ä
rulesÄ"The permissions of the role.≤
array∫/
-
+#/definitions/io.k8s.api.rbac.v1.PolicyRule˙#
x-kubernetes-list-type	atomic
˙c
x-kubernetes-group-version-kind@>- group: rbac.authorization.k8s.io
  kind: Role
  version: v1

¬
io.k8s.api.rbac.v1.RoleBindingü"LA RoleBinding grants a Role or ClusterRole to subjects within one namespace.öroleRef≤
object À
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
[
roleRefP
(#/definitions/io.k8s.api.rbac.v1.RoleRef"$The role granted. Cannot be changed.
®
subjectsõ":Users, groups and service accounts the role is granted to.≤
array∫,
*
(#/definitions/io.k8s.api.rbac.v1.Subject˙#
x-kubernetes-list-type	atomic
˙j
x-kubernetes-group-version-kindGE- group: rbac.authorization.k8s.io
  kind: RoleBinding
  version: v1

€
"io.k8s.api.rbac.v1.RoleBindingList¥"A list of RoleBinding objects.öitems≤
object å
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
`
itemsW"The RoleBinding objects.≤
array∫0
.
,#/definitions/io.k8s.api.rbac.v1.RoleBinding
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙n
x-kubernetes-group-version-kindKI- group: rbac.authorization.k8s.io
  kind: RoleBindingList
  version: v1

∏
io.k8s.api.rbac.v1.RoleListò"A list of Role objects.öitems≤
object ˛
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
R
itemsI"The Role objects.≤
array∫)
'
%#/definitions/io.k8s.api.rbac.v1.Role
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙g
x-kubernetes-group-version-kindDB- group: rbac.authorization.k8s.io
  kind: RoleList
  version: v1

ç
io.k8s.api.rbac.v1.RoleRefÓ"%A reference to a Role or ClusterRole.öapiGroupökindöname≤
object ü
J
apiGroup>"1API group of the role: rbac.authorization.k8s.io.≤
string
)
kind!"Role or ClusterRole.≤
string
&
name"Name of the role.≤
string
˙
io.k8s.api.rbac.v1.Subject€"!A user, group or service account.ökindöname≤
object õ
w
apiGroupk"^API group of the subject: "" for ServiceAccount, rbac.authorization.k8s.io for User and Group.≤
string
3
kind+"User, Group or ServiceAccount.≤
string
)
name!"Name of the subject.≤
string
@
	namespace3"&Namespace of a ServiceAccount subject.≤
string
µ
&io.k8s.api.scheduling.v1.PriorityClassä".A PriorityClass maps a name to a pod priority.övalue≤
object ‹
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
3
description$"When to use this class.≤
string
W
globalDefaultF"8Whether pods without a priorityClassName get this class.≤	
boolean
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
I
preemptionPolicy5"(PreemptLowerPriority (default) or Never.≤
string
>
value5int32" The priority; higher runs first.≤	
integer˙d
x-kubernetes-group-version-kindA?- group: scheduling.k8s.io
  kind: PriorityClass
  version: v1

È
*io.k8s.api.scheduling.v1.PriorityClassList∫" A list of PriorityClass objects.öitems≤
object ñ
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
j
itemsa"The PriorityClass objects.≤
array∫8
6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClass
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙h
x-kubernetes-group-version-kindEC- group: scheduling.k8s.io
  kind: PriorityClassList
  version: v1

î
io.k8s.api.storage.v1.CSIDriver"gCSIDriver objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙]
x-kubernetes-group-version-kind:8- group: storage.k8s.io
  kind: CSIDriver
  version: v1

Ã
#io.k8s.api.storage.v1.CSIDriverList§"A list of CSIDriver objects.öitems≤
object ã
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
_
itemsV"The CSIDriver objects.≤
array∫1
/
-#/definitions/io.k8s.api.storage.v1.CSIDriver
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙a
x-kubernetes-group-version-kind><- group: storage.k8s.io
  kind: CSIDriverList
  version: v1

é
io.k8s.api.storage.v1.CSINodeÏ"eCSINode objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙[
x-kubernetes-group-version-kind86- group: storage.k8s.io
  kind: CSINode
  version: v1

¬
!io.k8s.api.storage.v1.CSINodeListú"A list of CSINode objects.öitems≤
object á
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
[
itemsR"The CSINode objects.≤
array∫/
-
+#/definitions/io.k8s.api.storage.v1.CSINode
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙_
x-kubernetes-group-version-kind<:- group: storage.k8s.io
  kind: CSINodeList
  version: v1

Ø
(io.k8s.api.storage.v1.CSIStorageCapacityÇ"pCSIStorageCapacity objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙f
x-kubernetes-group-version-kindCA- group: storage.k8s.io
  kind: CSIStorageCapacity
  version: v1

˘
,io.k8s.api.storage.v1.CSIStorageCapacityList»"%A list of CSIStorageCapacity objects.öitems≤
object ù
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
q
itemsh"The CSIStorageCapacity objects.≤
array∫:
8
6#/definitions/io.k8s.api.storage.v1.CSIStorageCapacity
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙j
x-kubernetes-group-version-kindGE- group: storage.k8s.io
  kind: CSIStorageCapacityList
  version: v1

ù
"io.k8s.api.storage.v1.StorageClassˆ"jStorageClass objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙`
x-kubernetes-group-version-kind=;- group: storage.k8s.io
  kind: StorageClass
  version: v1

€
&io.k8s.api.storage.v1.StorageClassList∞"A list of StorageClass objects.öitems≤
object ë
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
e
items\"The StorageClass objects.≤
array∫4
2
0#/definitions/io.k8s.api.storage.v1.StorageClass
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙d
x-kubernetes-group-version-kindA?- group: storage.k8s.io
  kind: StorageClassList
  version: v1

©
&io.k8s.api.storage.v1.VolumeAttachment˛"nVolumeAttachment objects. Only their metadata is described here; other fields are accepted and stored as sent.≤
object ò
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue
˙d
x-kubernetes-group-version-kindA?- group: storage.k8s.io
  kind: VolumeAttachment
  version: v1

Ô
*io.k8s.api.storage.v1.VolumeAttachmentList¿"#A list of VolumeAttachment objects.öitems≤
object ô
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
m
itemsd"The VolumeAttachment objects.≤
array∫8
6
4#/definitions/io.k8s.api.storage.v1.VolumeAttachment
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙h
x-kubernetes-group-version-kindEC- group: storage.k8s.io
  kind: VolumeAttachmentList
  version: v1

È
-io.k8s.apimachinery.pkg.api.resource.Quantity∑"©A fixed-point number with an optional suffix: binary (Ki, Mi, Gi, Ti, Pi, Ei), decimal SI (m, k, M, G, T, P, E) or a decimal exponent (e3). For example 500m, 128Mi, 1.5.≤
string
õ
2io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions‰"Options for a delete request.≤
object ∂
?

apiVersion1"$The versioned schema of this object.≤
string
ñ
dryRunã"IWhen present, the deletion is not persisted. The only valid value is All.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

j
gracePeriodSecondsTint64"?Seconds before the object is deleted; zero deletes immediately.≤	
integer
,
kind$"Always "DeleteOptions".≤
string
D
orphanDependents0""Deprecated: use propagationPolicy.≤	
boolean
é
preconditions}">uid and/or resourceVersion the object must have to be deleted.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

i
propagationPolicyT"GHow dependents are garbage collected: Orphan, Background or Foreground.≤
string
l
-io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1;".A set of fields in the FieldsV1 trie encoding.≤
object
≠
2io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorˆ"ÅA label query: matchLabels and matchExpressions are ANDed. An empty selector matches everything; a null selector matches nothing.≤
object „
»
matchExpressions≥"/Requirements on labels, all of which must hold.≤
array∫O
M
K#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement˙#
x-kubernetes-list-type	atomic

ï
matchLabelsÖ"hExact key/value pairs; each is the same as a matchExpressions entry with operator In and a single value.™
≤
string≤
object
¡
=io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirementˇ"One requirement on a label key.ökeyöoperator≤
object æ
=
key6")The label key the requirement applies to.≤
string
^
operatorR"EHow the key relates to the values: In, NotIn, Exists or DoesNotExist.≤
string
ú
valuesë"OValues for In and NotIn (non-empty); must be empty for Exists and DoesNotExist.≤
array∫
≤
string˙#
x-kubernetes-list-type	atomic

‘
-io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta¢"Metadata of a list response.≤
object ı
j
continue^"QA token to fetch the next page when the list was limited; empty on the last page.≤
string
]
remainingItemCountGint64"2How many items remain after this page, when known.≤	
integer
a
resourceVersionN"AThe resource version the list was read at; start a watch from it.≤
string
E
selfLink9",Deprecated; the server does not populate it.≤
string
ê
7io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry‘"MA set of fields owned by one field manager, with the operation that set them.≤
object ˆ
L

apiVersion>"1The version of the resource the fields belong to.≤
string
E

fieldsType7"*The format of fieldsV1; always "FieldsV1".≤
string
l
fieldsV1`
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1"!The owned fields, as a field set.
K
manager@"3The name of the workflow that manages these fields.≤
string
Q
	operationD"7The operation that wrote these fields: Apply or Update.≤
string
h
subresourceY"LThe subresource the object was written through, empty for the main resource.≤
string
g
time_
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"$When these fields were last changed.
~
.io.k8s.apimachinery.pkg.apis.meta.v1.MicroTimeL	date-time"4A timestamp in RFC 3339 form, microsecond precision.≤
string
°
/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMetaÌ"*Metadata every persisted resource carries.≤
object ≤
à
annotationsy"\Unstructured key/value data stored with the object, set by tools and not used for selection.™
≤
string≤
object
¢
creationTimestampå
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"QWhen the server created the object (RFC 3339, UTC). Set by the system; read-only.
µ
deletionGracePeriodSecondsñint64"ÄSeconds the object is allowed to terminate gracefully before it is removed. Set only together with deletionTimestamp. Read-only.≤	
integer
µ
deletionTimestampü
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"dWhen the object will be deleted; set by the server when a graceful deletion is requested. Read-only.
˜

finalizersË"Entries that must be empty before the object is removed from the registry; each names a component that still has cleanup to do.≤
array∫
≤
string˙ 
x-kubernetes-list-typeset
˙'
x-kubernetes-patch-strategymerge

c
generateNameS"FA prefix the server uses to generate a unique name when name is empty.≤
string
à

generationzint64"eA sequence number for a specific generation of the desired state. Populated by the system. Read-only.≤	
integer
ó
labelså"oKey/value pairs used to organise and select objects (by replication controllers, services and label selectors).™
≤
string≤
object
˛
managedFieldsÏ"nWhich field manager owns which fields, for server-side apply. Internal; clients rarely need to set or read it.≤
array∫I
G
E#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry˙#
x-kubernetes-list-type	atomic

á
name"rName of the object, unique within its namespace. Required on create unless generateName is set. Cannot be updated.≤
string
Ü
	namespacey"lThe namespace the object lives in; empty for cluster-scoped objects. Must be a DNS label. Cannot be updated.≤
string
î
ownerReferencesÄ"åObjects this object depends on. When every owner is deleted the object is garbage collected. At most one owner may be a managing controller.≤
array∫E
C
A#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference˙&
x-kubernetes-list-map-keys- uid
˙ 
x-kubernetes-list-typemap
˙&
x-kubernetes-patch-merge-keyuid
˙'
x-kubernetes-patch-strategymerge

•
resourceVersionë"ÉAn opaque value that changes whenever the object changes; used for optimistic concurrency, change detection and watches. Read-only.≤
string
E
selfLink9",Deprecated; the server does not populate it.≤
string
r
uidk"^A unique identifier for this object across time, generated by the server on create. Read-only.≤
string
Ÿ
3io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference°"NIdentifies an owning object in the same namespace (or a cluster-scoped owner).ö
apiVersionökindönameöuid≤
object °
4

apiVersion&"API version of the owner.≤
string
†
blockOwnerDeletionâ"{When true and the owner uses foreground deletion, the owner cannot be removed from storage until this reference is removed.≤	
boolean
M

controller?"1When true, this owner is the managing controller.≤	
boolean
'
kind"Kind of the owner.≤
string
'
name"Name of the owner.≤
string
%
uid"UID of the owner.≤
string
ß
*io.k8s.apimachinery.pkg.apis.meta.v1.Patchy"lThe body of a PATCH request: a JSON patch, a merge patch, a strategic merge patch or an apply configuration.≤
object
à
+io.k8s.apimachinery.pkg.apis.meta.v1.Statusÿ"WThe result of an operation that does not return an object, and the body of every error.≤
object ü
F

apiVersion8"+The versioned schema of this object ("v1").≤
string
@
code8int32"#The HTTP status code of the result.≤	
integer
ü
detailsì"TExtra data about the failure: the name, group and kind of the object and the causes.≤
object˙/
$x-kubernetes-preserve-unknown-fieldstrue

%
kind"Always "Status".≤
string
C
message8"+A human-readable description of the result.≤
string
b
metadataV
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"List metadata (unused).
q
reasong"ZA machine-readable reason for a failure (NotFound, AlreadyExists, Conflict, Invalid, ‚Ä¶).≤
string
.
status$""Success" or "Failure".≤
string˙N
x-kubernetes-group-version-kind+)- group: ""
  kind: Status
  version: v1

t
)io.k8s.apimachinery.pkg.apis.meta.v1.TimeG	date-time"/A timestamp in RFC 3339 form, second precision.≤
string
e
,io.k8s.apimachinery.pkg.runtime.RawExtension5"(An embedded object of any kind, as JSON.≤
object
∂
/io.k8s.apimachinery.pkg.util.intstr.IntOrStringÇint-or-string"fA value that is either an integer or a string (a port number or a port name, a count or a percentage).≤
string
˛
=io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceº"]An APIService registers a server that serves one group-version through the aggregation layer.≤
object Â
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
ç
specÑ
O#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceSpec"1The group-version and the service that serves it.
è
statusÑ
Q#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceStatus"/Whether the APIService is available. Read-only.˙f
x-kubernetes-group-version-kindCA- group: apiregistration.k8s.io
  kind: APIService
  version: v1

‚
Fio.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceConditionó"One condition of an APIService.ötypeöstatus≤
object ◊
x
lastTransitionTimeb
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"'When the condition last changed status.
F
message;".Human-readable details of the last transition.≤
string
B
reason8"+A CamelCase reason for the last transition.≤
string
.
status$"True, False or Unknown.≤
string

type"
Available.≤
string
ì
Aio.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceListÕ"A list of APIService objects.öitems≤
object ™
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
~
itemsu"The APIService objects.≤
array∫O
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙j
x-kubernetes-group-version-kindGE- group: apiregistration.k8s.io
  kind: APIServiceList
  version: v1

‹
Aio.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceSpecñ"$What an APIService serves and where.ögroupPriorityMinimumöversionPriority≤
object ∏
{
caBundleobyte"6PEM CA bundle used to verify the server's certificate.≤
string˙#
x-kubernetes-list-type	atomic

+
group""The API group served.≤
string
q
groupPriorityMinimumYint32"DThe group's minimum priority in discovery order; higher comes first.≤	
integer
X
insecureSkipTLSVerify?"1Skip TLS verification of the server. Discouraged.≤	
boolean
ß
serviceõ
Q#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.ServiceReference"FThe service of the server; empty means the request is handled locally.
/
version$"The API version served.≤
string
d
versionPriorityQint32"<The version's priority within its group; higher comes first.≤	
integer
Ø
Cio.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceStatusÁ"$The observed state of an APIService.≤
object ≤
Ø

conditions†"The Available condition.≤
array∫X
V
T#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceCondition˙'
x-kubernetes-list-map-keys	- type
˙ 
x-kubernetes-list-typemap
˙'
x-kubernetes-patch-merge-keytype
˙'
x-kubernetes-patch-strategymerge

ì
Cio.k8s.kube-aggregator.pkg.apis.apiregistration.v1.ServiceReferenceÀ"A reference to a service.≤
object °
)
name!"Name of the service.≤
string
3
	namespace&"Namespace of the service.≤
string
?
port7int32""The service port. Defaults to 443.≤	
integer
ô
8io.k8s.metrics.pkg.apis.metrics.v1beta1.ContainerMetrics‹" Resource usage of one container.önameöusage≤
object ú
*
name""The container's name.≤
string
n
usagee"CPU and memory in use.™?
=
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity≤
object
”
3io.k8s.metrics.pkg.apis.metrics.v1beta1.NodeMetricsõ"=Resource usage of a node (read-only; computed by the server).≤
object Ê
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
	timestampZ
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"The end of the sampling window.
n
usagee"CPU and memory in use.™?
=
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity≤
object
H
window>"1The length of the sampling window, as a duration.≤
string˙d
x-kubernetes-group-version-kindA?- group: metrics.k8s.io
  kind: NodeMetrics
  version: v1beta1

ˇ
7io.k8s.metrics.pkg.apis.metrics.v1beta1.NodeMetricsList√"A list of NodeMetrics objects.öitems≤
object °
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
u
itemsl"The NodeMetrics objects.≤
array∫E
C
A#/definitions/io.k8s.metrics.pkg.apis.metrics.v1beta1.NodeMetrics
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙h
x-kubernetes-group-version-kindEC- group: metrics.k8s.io
  kind: NodeMetricsList
  version: v1beta1

Í
2io.k8s.metrics.pkg.apis.metrics.v1beta1.PodMetrics≥"IResource usage of a pod's containers (read-only; computed by the server).≤
object Û
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
{

containersm"Usage per container.≤
array∫J
H
F#/definitions/io.k8s.metrics.pkg.apis.metrics.v1beta1.ContainerMetrics
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
∂
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
	timestampZ
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"The end of the sampling window.
H
window>"1The length of the sampling window, as a duration.≤
string˙c
x-kubernetes-group-version-kind@>- group: metrics.k8s.io
  kind: PodMetrics
  version: v1beta1

˙
6io.k8s.metrics.pkg.apis.metrics.v1beta1.PodMetricsListø"A list of PodMetrics objects.öitems≤
object ü
·

apiVersion“"ƒThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.≤
string
s
itemsj"The PodMetrics objects.≤
array∫D
B
@#/definitions/io.k8s.metrics.pkg.apis.metrics.v1beta1.PodMetrics
£
kindö"åThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.≤
string
ù
metadataê
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.˙g
x-kubernetes-group-version-kindDB- group: metrics.k8s.io
  kind: PodMetricsList
  version: v1beta1
