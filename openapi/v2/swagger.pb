
2.0

Kubernetesv1.33.0B­™š
/api/v1/configmapsƒÍ
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
/-+queryIndent the output."pretty2string™
/api/v1/endpointsƒÍ
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
/-+queryIndent the output."pretty2string†
/api/v1/eventsó½
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
/-+queryIndent the output."pretty2stringˆ
/api/v1/namespacesñª
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
"Ž
core_v1create a Namespace*createCoreV1NamespaceB@
>
<bodybody *,
*#/definitions/io.k8s.api.core.v1.NamespaceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJá
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
/-+queryIndent the output."pretty2stringÓ
)/api/v1/namespaces/{namespace}/configmaps¥´
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
"˜
core_v1create a ConfigMap*createCoreV1NamespacedConfigMapB@
>
<bodybody *,
*#/definitions/io.k8s.api.core.v1.ConfigMapBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJá
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
*Ü	
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
/-+queryIndent the output."pretty2stringÀ
0/api/v1/namespaces/{namespace}/configmaps/{name}‹Œ
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
¥
core_v1replace the specified ConfigMap* replaceCoreV1NamespacedConfigMapB@
>
<bodybody *,
*#/definitions/io.k8s.api.core.v1.ConfigMapBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJá
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
*’
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
BŽ
core_v1(partially update the specified ConfigMap*patchCoreV1NamespacedConfigMapBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJá
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
/-+queryIndent the output."pretty2stringÒ
(/api/v1/namespaces/{namespace}/endpoints¥´
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
"˜
core_v1create a Endpoints*createCoreV1NamespacedEndpointsB@
>
<bodybody *,
*#/definitions/io.k8s.api.core.v1.EndpointsBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJá
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
*Ü	
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
/-+queryIndent the output."pretty2string¿
//api/v1/namespaces/{namespace}/endpoints/{name}‹Œ
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
¥
core_v1replace the specified Endpoints* replaceCoreV1NamespacedEndpointsB@
>
<bodybody *,
*#/definitions/io.k8s.api.core.v1.EndpointsBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJá
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
*’
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
BŽ
core_v1(partially update the specified Endpoints*patchCoreV1NamespacedEndpointsBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJá
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
/-+queryIndent the output."pretty2string—
%/api/v1/namespaces/{namespace}/eventsí¤
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
"ü
core_v1create a Event*createCoreV1NamespacedEventB<
:
8bodybody *(
&#/definitions/io.k8s.api.core.v1.EventBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÕ
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
*Ð	
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
/-+queryIndent the output."pretty2stringè
,/api/v1/namespaces/{namespace}/events/{name}·ü
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
‰
core_v1replace the specified Event*replaceCoreV1NamespacedEventB<
:
8bodybody *(
&#/definitions/io.k8s.api.core.v1.EventBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÕ
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
*†
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
Bö
core_v1$partially update the specified Event*patchCoreV1NamespacedEventBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÕ
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
/-+queryIndent the output."pretty2stringù
#/api/v1/namespaces/{namespace}/podsÑœ
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
"î
core_v1create a Pod*createCoreV1NamespacedPodB:
8
6bodybody *&
$#/definitions/io.k8s.api.core.v1.PodBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÏ
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
*Ê	
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
/-+queryIndent the output."pretty2string¼
*/api/v1/namespaces/{namespace}/pods/{name}ô
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
û
core_v1replace the specified Pod*replaceCoreV1NamespacedPodB:
8
6bodybody *&
$#/definitions/io.k8s.api.core.v1.PodBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÏ
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
*€
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
Bê
core_v1"partially update the specified Pod*patchCoreV1NamespacedPodBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÏ
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
/-+queryIndent the output."pretty2stringð
1/api/v1/namespaces/{namespace}/pods/{name}/statusº„
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
‹
core_v1#replace status of the specified Pod* replaceCoreV1NamespacedPodStatusB:
8
6bodybody *&
$#/definitions/io.k8s.api.core.v1.PodBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÏ
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
Bú
core_v1,partially update status of the specified Pod*patchCoreV1NamespacedPodStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÏ
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
/-+queryIndent the output."pretty2string‡
5/api/v1/namespaces/{namespace}/replicationcontrollersÍä
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
"ì
core_v1create a ReplicationController*+createCoreV1NamespacedReplicationControllerBL
J
Hbodybody *8
6#/definitions/io.k8s.api.core.v1.ReplicationControllerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ…
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
*€

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
/-+queryIndent the output."pretty2stringÈ
</api/v1/namespaces/{namespace}/replicationcontrollers/{name}‡¼
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
ù
core_v1+replace the specified ReplicationController*,replaceCoreV1NamespacedReplicationControllerBL
J
Hbodybody *8
6#/definitions/io.k8s.api.core.v1.ReplicationControllerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ…
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
*¶
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
BÖ
core_v14partially update the specified ReplicationController**patchCoreV1NamespacedReplicationControllerBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ…
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
/-+queryIndent the output."pretty2stringâ
B/api/v1/namespaces/{namespace}/replicationcontrollers/{name}/scale›º
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
Ü
core_v14replace scale of the specified ReplicationController*1replaceCoreV1NamespacedReplicationControllerScaleBC
A
?bodybody */
-#/definitions/io.k8s.api.autoscaling.v1.ScaleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJê
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
BÂ
core_v1=partially update scale of the specified ReplicationController*/patchCoreV1NamespacedReplicationControllerScaleBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJê
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
/-+queryIndent the output."pretty2stringÆ
C/api/v1/namespaces/{namespace}/replicationcontrollers/{name}/statusþÌ
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
‰
core_v15replace status of the specified ReplicationController*2replaceCoreV1NamespacedReplicationControllerStatusBL
J
Hbodybody *8
6#/definitions/io.k8s.api.core.v1.ReplicationControllerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ…
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
Bæ
core_v1>partially update status of the specified ReplicationController*0patchCoreV1NamespacedReplicationControllerStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ…
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
/-+queryIndent the output."pretty2string¦
&/api/v1/namespaces/{namespace}/secretsû¨
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
"ƒ
core_v1create a Secret*createCoreV1NamespacedSecretB=
;
9bodybody *)
'#/definitions/io.k8s.api.core.v1.SecretBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJØ
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
*Ó	
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
/-+queryIndent the output."pretty2stringþ
-/api/v1/namespaces/{namespace}/secrets/{name}Ì€
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

core_v1replace the specified Secret*replaceCoreV1NamespacedSecretB=
;
9bodybody *)
'#/definitions/io.k8s.api.core.v1.SecretBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJØ
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
*‰
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
Bü
core_v1%partially update the specified Secret*patchCoreV1NamespacedSecretBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJØ
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
/-+queryIndent the output."pretty2stringž
./api/v1/namespaces/{namespace}/serviceaccountsëÈ
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
"»
core_v1create a ServiceAccount*$createCoreV1NamespacedServiceAccountBE
C
Abodybody *1
/#/definitions/io.k8s.api.core.v1.ServiceAccountBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJð
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
*ë	
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
/-+queryIndent the output."pretty2string®
5/api/v1/namespaces/{namespace}/serviceaccounts/{name}ô 
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
È
core_v1$replace the specified ServiceAccount*%replaceCoreV1NamespacedServiceAccountBE
C
Abodybody *1
/#/definitions/io.k8s.api.core.v1.ServiceAccountBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJð
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
*¡
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
B¬
core_v1-partially update the specified ServiceAccount*#patchCoreV1NamespacedServiceAccountBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJð
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
'/api/v1/namespaces/{namespace}/services‰¬
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
"Š
core_v1create a Service*createCoreV1NamespacedServiceB>
<
:bodybody **
(#/definitions/io.k8s.api.core.v1.ServiceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÛ
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
*Ö	
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
/-+queryIndent the output."pretty2string”
./api/v1/namespaces/{namespace}/services/{name}á„
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
—
core_v1replace the specified Service*replaceCoreV1NamespacedServiceB>
<
:bodybody **
(#/definitions/io.k8s.api.core.v1.ServiceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÛ
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
*Œ
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
B‚
core_v1&partially update the specified Service*patchCoreV1NamespacedServiceBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÛ
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
/-+queryIndent the output."pretty2string¼
5/api/v1/namespaces/{namespace}/services/{name}/status‚”
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
§
core_v1'replace status of the specified Service*$replaceCoreV1NamespacedServiceStatusB>
<
:bodybody **
(#/definitions/io.k8s.api.core.v1.ServiceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÛ
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
B’
core_v10partially update status of the specified Service*"patchCoreV1NamespacedServiceStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÛ
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
/-+queryIndent the output."pretty2stringÀ
/api/v1/namespaces/{name}¢‚
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
›
core_v1replace the specified Namespace*replaceCoreV1NamespaceB@
>
<bodybody *,
*#/definitions/io.k8s.api.core.v1.NamespaceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJá
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
*ˆ
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
B„
core_v1(partially update the specified Namespace*patchCoreV1NamespaceBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJá
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
/-+queryIndent the output."pretty2stringì
 /api/v1/namespaces/{name}/statusÇ’
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
«
core_v1)replace status of the specified Namespace*replaceCoreV1NamespaceStatusB@
>
<bodybody *,
*#/definitions/io.k8s.api.core.v1.NamespaceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJá
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
B”
core_v12partially update status of the specified Namespace*patchCoreV1NamespaceStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJá
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
/-+queryIndent the output."pretty2string’
/api/v1/nodes€–
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
"ë
core_v1create a Node*createCoreV1NodeB;
9
7bodybody *'
%#/definitions/io.k8s.api.core.v1.NodeBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÒ
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
*Ã	
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
/-+queryIndent the output."pretty2stringÒ
/api/v1/nodes/{name}¹î
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
ø
core_v1replace the specified Node*replaceCoreV1NodeB;
9
7bodybody *'
%#/definitions/io.k8s.api.core.v1.NodeBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÒ
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
*ù
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
Bæ
core_v1#partially update the specified Node*patchCoreV1NodeBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÒ
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
/-+queryIndent the output."pretty2string
/api/v1/nodes/{name}/statusíþ
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
ˆ
core_v1$replace status of the specified Node*replaceCoreV1NodeStatusB;
9
7bodybody *'
%#/definitions/io.k8s.api.core.v1.NodeBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÒ
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
Bö
core_v1-partially update status of the specified Node*patchCoreV1NodeStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÒ
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
/-+queryIndent the output."pretty2stringü
/api/v1/podsëµ
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
/-+queryIndent the output."pretty2stringÖ
/api/v1/replicationcontrollers³ý
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
/-+queryIndent the output."pretty2string‹
/api/v1/secrets÷Á
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
/-+queryIndent the output."pretty2string³
/api/v1/serviceaccounts—á
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
/-+queryIndent the output."pretty2string
/api/v1/servicesûÅ
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
C/apis/admissionregistration.k8s.io/v1/mutatingwebhookconfigurationsÚÄ
admissionregistration_v12list or watch MutatingWebhookConfiguration objects*7listAdmissionregistrationV1MutatingWebhookConfigurationBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ€
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
"“
admissionregistration_v1%create a MutatingWebhookConfiguration*9createAdmissionregistrationV1MutatingWebhookConfigurationBd
b
`bodybody *P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÍ
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
*Ç

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
/-+queryIndent the output."pretty2stringø
J/apis/admissionregistration.k8s.io/v1/mutatingwebhookconfigurations/{name}©›
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
 
admissionregistration_v12replace the specified MutatingWebhookConfiguration*:replaceAdmissionregistrationV1MutatingWebhookConfigurationBd
b
`bodybody *P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÍ
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
*ý
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
Bå
admissionregistration_v1;partially update the specified MutatingWebhookConfiguration*8patchAdmissionregistrationV1MutatingWebhookConfigurationBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÍ
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
/-+queryIndent the output."pretty2stringÀ
E/apis/admissionregistration.k8s.io/v1/validatingwebhookconfigurationsöÌ
admissionregistration_v14list or watch ValidatingWebhookConfiguration objects*9listAdmissionregistrationV1ValidatingWebhookConfigurationBF
DB@query Only objects whose labels match."labelSelector2stringBF
DB@query Only objects whose fields match."fieldSelector2stringB[
YWUquery<The most items to return; a continue token fetches the rest."limit2integerBH
FDBquery'The token from a previous limited list."continue2stringBZ
XVTquery2The resource version to read at, or to watch from."resourceVersion2stringB?
=;9queryHow long a watch lasts."timeoutSeconds2integerBJ
HFDquery+Stream changes instead of returning a list."watch2booleanJ‚
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
"¡
admissionregistration_v1'create a ValidatingWebhookConfiguration*;createAdmissionregistrationV1ValidatingWebhookConfigurationBf
d
bbodybody *R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÓ
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
*Í

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
/-+queryIndent the output."pretty2string¤
L/apis/admissionregistration.k8s.io/v1/validatingwebhookconfigurations/{name}Ó£
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
®
admissionregistration_v14replace the specified ValidatingWebhookConfiguration*<replaceAdmissionregistrationV1ValidatingWebhookConfigurationBf
d
bbodybody *R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÓ
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
*ƒ
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
Bñ
admissionregistration_v1=partially update the specified ValidatingWebhookConfiguration*:patchAdmissionregistrationV1ValidatingWebhookConfigurationBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÓ
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
+/apis/apiregistration.k8s.io/v1/apiservicesòø
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
"¿
apiregistration_v1create a APIService*!createApiregistrationV1APIServiceBa
_
]bodybody *M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÄ
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
*ÿ	
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
/-+queryIndent the output."pretty2string–
2/apis/apiregistration.k8s.io/v1/apiservices/{name}ßÐ
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
Ì
apiregistration_v1 replace the specified APIService*"replaceApiregistrationV1APIServiceBa
_
]bodybody *M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÄ
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
B”
apiregistration_v1)partially update the specified APIService* patchApiregistrationV1APIServiceBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÄ
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
/-+queryIndent the output."pretty2string•
9/apis/apiregistration.k8s.io/v1/apiservices/{name}/status×à
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
Ü
apiregistration_v1*replace status of the specified APIService*(replaceApiregistrationV1APIServiceStatusBa
_
]bodybody *M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÄ
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
B¤
apiregistration_v13partially update status of the specified APIService*&patchApiregistrationV1APIServiceStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÄ
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
/-+queryIndent the output."pretty2stringÏ
!/apis/apps/v1/controllerrevisions©ó
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
/apis/apps/v1/daemonsets…Ï
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
/-+queryIndent the output."pretty2string§
/apis/apps/v1/deployments‰Ó
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
/-+queryIndent the output."pretty2stringæ
8/apis/apps/v1/namespaces/{namespace}/controllerrevisions©Ú
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
"Ù
apps_v1create a ControllerRevision*(createAppsV1NamespacedControllerRevisionBI
G
Ebodybody *5
3#/definitions/io.k8s.api.apps.v1.ControllerRevisionBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJü
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
*ù	
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
/-+queryIndent the output."pretty2string”
?/apis/apps/v1/namespaces/{namespace}/controllerrevisions/{name}Ð²
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
æ
apps_v1(replace the specified ControllerRevision*)replaceAppsV1NamespacedControllerRevisionBI
G
Ebodybody *5
3#/definitions/io.k8s.api.apps.v1.ControllerRevisionBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJü
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
*¯
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
BÆ
apps_v11partially update the specified ControllerRevision*'patchAppsV1NamespacedControllerRevisionBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJü
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
/-+queryIndent the output."pretty2stringß
//apis/apps/v1/namespaces/{namespace}/daemonsets«¶
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
"š
apps_v1create a DaemonSet*createAppsV1NamespacedDaemonSetB@
>
<bodybody *,
*#/definitions/io.k8s.api.apps.v1.DaemonSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJá
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
*Þ	
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
/-+queryIndent the output."pretty2stringÎ
6/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}“Ž
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
§
apps_v1replace the specified DaemonSet* replaceAppsV1NamespacedDaemonSetB@
>
<bodybody *,
*#/definitions/io.k8s.api.apps.v1.DaemonSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJá
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
*”
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
B
apps_v1(partially update the specified DaemonSet*patchAppsV1NamespacedDaemonSetBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJá
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
/-+queryIndent the output."pretty2stringî
=/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}/status¬ž
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
·
apps_v1)replace status of the specified DaemonSet*&replaceAppsV1NamespacedDaemonSetStatusB@
>
<bodybody *,
*#/definitions/io.k8s.api.apps.v1.DaemonSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJá
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
B 
apps_v12partially update status of the specified DaemonSet*$patchAppsV1NamespacedDaemonSetStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJá
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
/-+queryIndent the output."pretty2stringî
0/apis/apps/v1/namespaces/{namespace}/deployments¹º
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
"¡
apps_v1create a Deployment* createAppsV1NamespacedDeploymentBA
?
=bodybody *-
+#/definitions/io.k8s.api.apps.v1.DeploymentBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJä
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
*á	
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
/-+queryIndent the output."pretty2stringä
7/apis/apps/v1/namespaces/{namespace}/deployments/{name}¨’
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
®
apps_v1 replace the specified Deployment*!replaceAppsV1NamespacedDeploymentBA
?
=bodybody *-
+#/definitions/io.k8s.api.apps.v1.DeploymentBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJä
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
*—
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
B–
apps_v1)partially update the specified Deployment*patchAppsV1NamespacedDeploymentBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJä
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
/-+queryIndent the output."pretty2string
=/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scaleÎ¤
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
Æ
apps_v1)replace scale of the specified Deployment*&replaceAppsV1NamespacedDeploymentScaleBC
A
?bodybody */
-#/definitions/io.k8s.api.autoscaling.v1.ScaleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJê
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
B¬
apps_v12partially update scale of the specified Deployment*$patchAppsV1NamespacedDeploymentScaleBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJê
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
/-+queryIndent the output."pretty2string
>/apis/apps/v1/namespaces/{namespace}/deployments/{name}/status¾¢
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
¾
apps_v1*replace status of the specified Deployment*'replaceAppsV1NamespacedDeploymentStatusBA
?
=bodybody *-
+#/definitions/io.k8s.api.apps.v1.DeploymentBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJä
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
B¦
apps_v13partially update status of the specified Deployment*%patchAppsV1NamespacedDeploymentStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJä
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
/-+queryIndent the output."pretty2stringî
0/apis/apps/v1/namespaces/{namespace}/replicasets¹º
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
"¡
apps_v1create a ReplicaSet* createAppsV1NamespacedReplicaSetBA
?
=bodybody *-
+#/definitions/io.k8s.api.apps.v1.ReplicaSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJä
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
*á	
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
/-+queryIndent the output."pretty2stringä
7/apis/apps/v1/namespaces/{namespace}/replicasets/{name}¨’
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
®
apps_v1 replace the specified ReplicaSet*!replaceAppsV1NamespacedReplicaSetBA
?
=bodybody *-
+#/definitions/io.k8s.api.apps.v1.ReplicaSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJä
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
*—
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
B–
apps_v1)partially update the specified ReplicaSet*patchAppsV1NamespacedReplicaSetBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJä
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
/-+queryIndent the output."pretty2string
=/apis/apps/v1/namespaces/{namespace}/replicasets/{name}/scaleÎ¤
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
Æ
apps_v1)replace scale of the specified ReplicaSet*&replaceAppsV1NamespacedReplicaSetScaleBC
A
?bodybody */
-#/definitions/io.k8s.api.autoscaling.v1.ScaleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJê
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
B¬
apps_v12partially update scale of the specified ReplicaSet*$patchAppsV1NamespacedReplicaSetScaleBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJê
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
/-+queryIndent the output."pretty2string
>/apis/apps/v1/namespaces/{namespace}/replicasets/{name}/status¾¢
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
¾
apps_v1*replace status of the specified ReplicaSet*'replaceAppsV1NamespacedReplicaSetStatusBA
?
=bodybody *-
+#/definitions/io.k8s.api.apps.v1.ReplicaSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJä
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
B¦
apps_v13partially update status of the specified ReplicaSet*%patchAppsV1NamespacedReplicaSetStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJä
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
/-+queryIndent the output."pretty2stringý
1/apis/apps/v1/namespaces/{namespace}/statefulsetsÇ¾
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
"¨
apps_v1create a StatefulSet*!createAppsV1NamespacedStatefulSetBB
@
>bodybody *.
,#/definitions/io.k8s.api.apps.v1.StatefulSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJç
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
*ä	
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
/-+queryIndent the output."pretty2stringú
8/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}½–
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
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJç
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
*š
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
Bœ
apps_v1*partially update the specified StatefulSet* patchAppsV1NamespacedStatefulSetBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJç
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
/-+queryIndent the output."pretty2string˜
>/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}/scaleÕ¦
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
È
apps_v1*replace scale of the specified StatefulSet*'replaceAppsV1NamespacedStatefulSetScaleBC
A
?bodybody */
-#/definitions/io.k8s.api.autoscaling.v1.ScaleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJê
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
B®
apps_v13partially update scale of the specified StatefulSet*%patchAppsV1NamespacedStatefulSetScaleBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJê
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
/-+queryIndent the output."pretty2string”
?/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}/statusÐ¦
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
Å
apps_v1+replace status of the specified StatefulSet*(replaceAppsV1NamespacedStatefulSetStatusBB
@
>bodybody *.
,#/definitions/io.k8s.api.apps.v1.StatefulSetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJç
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
B¬
apps_v14partially update status of the specified StatefulSet*&patchAppsV1NamespacedStatefulSetStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJç
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
/-+queryIndent the output."pretty2string§
/apis/apps/v1/replicasets‰Ó
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
/-+queryIndent the output."pretty2string¬
/apis/apps/v1/statefulsets×
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
/-+queryIndent the output."pretty2string
1/apis/authentication.k8s.io/v1/selfsubjectreviewsË"•
authentication_v1create a SelfSubjectReview*'createAuthenticationV1SelfSubjectReviewBR
P
Nbodybody *>
<#/definitions/io.k8s.api.authentication.v1.SelfSubjectReviewBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ—
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
/-+queryIndent the output."pretty2stringÑ
+/apis/authentication.k8s.io/v1/tokenreviews¡"ë
authentication_v1create a TokenReview*!createAuthenticationV1TokenReviewBL
J
Hbodybody *8
6#/definitions/io.k8s.api.authentication.v1.TokenReviewBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ…
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
/-+queryIndent the output."pretty2string“	
N/apis/authorization.k8s.io/v1/namespaces/{namespace}/localsubjectaccessreviewsÀ"É
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
6/apis/authorization.k8s.io/v1/selfsubjectaccessreviewsî"¸
authorization_v1 create a SelfSubjectAccessReview*,createAuthorizationV1SelfSubjectAccessReviewBW
U
Sbodybody *C
A#/definitions/io.k8s.api.authorization.v1.SelfSubjectAccessReviewBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ¦
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
/-+queryIndent the output."pretty2string¡
5/apis/authorization.k8s.io/v1/selfsubjectrulesreviewsç"±
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
/-+queryIndent the output."pretty2string‰
2/apis/authorization.k8s.io/v1/subjectaccessreviewsÒ"œ
authorization_v1create a SubjectAccessReview*(createAuthorizationV1SubjectAccessReviewBS
Q
Obodybody *?
=#/definitions/io.k8s.api.authorization.v1.SubjectAccessReviewBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJš
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
/-+queryIndent the output."pretty2string‹
-/apis/autoscaling/v1/horizontalpodautoscalersÙ£
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
/-+queryIndent the output."pretty2stringš
D/apis/autoscaling/v1/namespaces/{namespace}/horizontalpodautoscalersÑŠ
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
"­
autoscaling_v1 create a HorizontalPodAutoscaler*4createAutoscalingV1NamespacedHorizontalPodAutoscalerBU
S
Qbodybody *A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ 
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
*

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
/-+queryIndent the output."pretty2string•
K/apis/autoscaling/v1/namespaces/{namespace}/horizontalpodautoscalers/{name}Åâ
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
º
autoscaling_v1-replace the specified HorizontalPodAutoscaler*5replaceAutoscalingV1NamespacedHorizontalPodAutoscalerBU
S
Qbodybody *A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ 
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
*Ó
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
BŽ
autoscaling_v16partially update the specified HorizontalPodAutoscaler*3patchAutoscalingV1NamespacedHorizontalPodAutoscalerBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ 
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
/-+queryIndent the output."pretty2stringö
R/apis/autoscaling/v1/namespaces/{namespace}/horizontalpodautoscalers/{name}/statusŸò
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
Ê
autoscaling_v17replace status of the specified HorizontalPodAutoscaler*;replaceAutoscalingV1NamespacedHorizontalPodAutoscalerStatusBU
S
Qbodybody *A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ 
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
Bž
autoscaling_v1@partially update status of the specified HorizontalPodAutoscaler*9patchAutoscalingV1NamespacedHorizontalPodAutoscalerStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ 
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
/-+queryIndent the output."pretty2string‹
-/apis/autoscaling/v2/horizontalpodautoscalersÙ£
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
/-+queryIndent the output."pretty2stringš
D/apis/autoscaling/v2/namespaces/{namespace}/horizontalpodautoscalersÑŠ
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
"­
autoscaling_v2 create a HorizontalPodAutoscaler*4createAutoscalingV2NamespacedHorizontalPodAutoscalerBU
S
Qbodybody *A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ 
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
*

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
/-+queryIndent the output."pretty2string•
K/apis/autoscaling/v2/namespaces/{namespace}/horizontalpodautoscalers/{name}Åâ
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
º
autoscaling_v2-replace the specified HorizontalPodAutoscaler*5replaceAutoscalingV2NamespacedHorizontalPodAutoscalerBU
S
Qbodybody *A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ 
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
*Ó
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
BŽ
autoscaling_v26partially update the specified HorizontalPodAutoscaler*3patchAutoscalingV2NamespacedHorizontalPodAutoscalerBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ 
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
/-+queryIndent the output."pretty2stringö
R/apis/autoscaling/v2/namespaces/{namespace}/horizontalpodautoscalers/{name}/statusŸò
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
Ê
autoscaling_v27replace status of the specified HorizontalPodAutoscaler*;replaceAutoscalingV2NamespacedHorizontalPodAutoscalerStatusBU
S
Qbodybody *A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ 
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
Bž
autoscaling_v2@partially update status of the specified HorizontalPodAutoscaler*9patchAutoscalingV2NamespacedHorizontalPodAutoscalerStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ 
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
/-+queryIndent the output."pretty2string
/apis/batch/v1/cronjobsË
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
/-+queryIndent the output."pretty2string‰
/apis/batch/v1/jobsñ»
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
/-+queryIndent the output."pretty2stringÐ
./apis/batch/v1/namespaces/{namespace}/cronjobs²
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
"“
batch_v1create a CronJob*createBatchV1NamespacedCronJobB?
=
;bodybody *+
)#/definitions/io.k8s.api.batch.v1.CronJobBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÞ
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
*Û	
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
/-+queryIndent the output."pretty2string·
5/apis/batch/v1/namespaces/{namespace}/cronjobs/{name}ýŠ
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
 
batch_v1replace the specified CronJob*replaceBatchV1NamespacedCronJobB?
=
;bodybody *+
)#/definitions/io.k8s.api.batch.v1.CronJobBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÞ
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
*‘
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
BŠ
batch_v1&partially update the specified CronJob*patchBatchV1NamespacedCronJobBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÞ
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
/-+queryIndent the output."pretty2stringÚ
</apis/batch/v1/namespaces/{namespace}/cronjobs/{name}/status™š
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
°
batch_v1'replace status of the specified CronJob*%replaceBatchV1NamespacedCronJobStatusB?
=
;bodybody *+
)#/definitions/io.k8s.api.batch.v1.CronJobBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÞ
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
Bš
batch_v10partially update status of the specified CronJob*#patchBatchV1NamespacedCronJobStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÞ
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
/-+queryIndent the output."pretty2string”
*/apis/batch/v1/namespaces/{namespace}/jobså¢
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
"÷
batch_v1create a Job*createBatchV1NamespacedJobB;
9
7bodybody *'
%#/definitions/io.k8s.api.batch.v1.JobBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÒ
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
*Ï	
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
/-+queryIndent the output."pretty2stringß
1/apis/batch/v1/namespaces/{namespace}/jobs/{name}©ú
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
„
batch_v1replace the specified Job*replaceBatchV1NamespacedJobB;
9
7bodybody *'
%#/definitions/io.k8s.api.batch.v1.JobBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÒ
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
*…
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
Bò
batch_v1"partially update the specified Job*patchBatchV1NamespacedJobBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÒ
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
/-+queryIndent the output."pretty2stringŽ
8/apis/batch/v1/namespaces/{namespace}/jobs/{name}/statusÑŠ
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
”
batch_v1#replace status of the specified Job*!replaceBatchV1NamespacedJobStatusB;
9
7bodybody *'
%#/definitions/io.k8s.api.batch.v1.JobBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÒ
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
B‚
batch_v1,partially update status of the specified Job*patchBatchV1NamespacedJobStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÒ
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
/-+queryIndent the output."pretty2stringÄ
#/apis/coordination.k8s.io/v1/leasesœæ
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
/-+queryIndent the output."pretty2string·
:/apis/coordination.k8s.io/v1/namespaces/{namespace}/leasesøÍ
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
"½
coordination_v1create a Lease*#createCoordinationV1NamespacedLeaseBD
B
@bodybody *0
.#/definitions/io.k8s.api.coordination.v1.LeaseBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJí
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
*ñ	
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
/-+queryIndent the output."pretty2stringÁ
A/apis/coordination.k8s.io/v1/namespaces/{namespace}/leases/{name}û¥
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
Ê
coordination_v1replace the specified Lease*$replaceCoordinationV1NamespacedLeaseBD
B
@bodybody *0
.#/definitions/io.k8s.api.coordination.v1.LeaseBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJí
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
*§
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
B¯
coordination_v1$partially update the specified Lease*"patchCoordinationV1NamespacedLeaseBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJí
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
/-+queryIndent the output."pretty2stringÝ
(/apis/discovery.k8s.io/v1/endpointslices°ú
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
/-+queryIndent the output."pretty2string‚
?/apis/discovery.k8s.io/v1/namespaces/{namespace}/endpointslices¾á
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
"à
discovery_v1create a EndpointSlice*(createDiscoveryV1NamespacedEndpointSliceBI
G
Ebodybody *5
3#/definitions/io.k8s.api.discovery.v1.EndpointSliceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJü
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
*€

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
/-+queryIndent the output."pretty2string²
F/apis/discovery.k8s.io/v1/namespaces/{namespace}/endpointslices/{name}ç¹
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
í
discovery_v1#replace the specified EndpointSlice*)replaceDiscoveryV1NamespacedEndpointSliceBI
G
Ebodybody *5
3#/definitions/io.k8s.api.discovery.v1.EndpointSliceBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJü
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
*¶
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
BÍ
discovery_v1,partially update the specified EndpointSlice*'patchDiscoveryV1NamespacedEndpointSliceBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJü
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
/-+queryIndent the output."pretty2string¦
/apis/events.k8s.io/v1/events„Î
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
/-+queryIndent the output."pretty2stringÝ
4/apis/events.k8s.io/v1/namespaces/{namespace}/events¤µ
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
"“
	events_v1create a Event*createEventsV1NamespacedEventB>
<
:bodybody **
(#/definitions/io.k8s.api.events.v1.EventBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÛ
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
*ß	
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
/-+queryIndent the output."pretty2stringÃ
;/apis/events.k8s.io/v1/namespaces/{namespace}/events/{name}ƒ
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
 
	events_v1replace the specified Event*replaceEventsV1NamespacedEventB>
<
:bodybody **
(#/definitions/io.k8s.api.events.v1.EventBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÛ
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
*•
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
B‹
	events_v1$partially update the specified Event*patchEventsV1NamespacedEventBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÛ
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
8/apis/metrics.k8s.io/v1beta1/namespaces/{namespace}/podsåî
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
/-+queryIndent the output."pretty2string¼
?/apis/metrics.k8s.io/v1beta1/namespaces/{namespace}/pods/{name}øÆ
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
/-+queryIndent the output."pretty2stringÅ
"/apis/metrics.k8s.io/v1beta1/nodesžè
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
/-+queryIndent the output."pretty2stringà
)/apis/metrics.k8s.io/v1beta1/nodes/{name}²À
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
/-+queryIndent the output."pretty2stringã
!/apis/metrics.k8s.io/v1beta1/pods½‡
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
/-+queryIndent the output."pretty2string
)/apis/networking.k8s.io/v1/ingressclassesß×
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
"Ö
networking_v1create a IngressClass*createNetworkingV1IngressClassBI
G
Ebodybody *5
3#/definitions/io.k8s.api.networking.v1.IngressClassBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJü
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
*ö	
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
/-+queryIndent the output."pretty2string²
0/apis/networking.k8s.io/v1/ingressclasses/{name}ý¯
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
ã
networking_v1"replace the specified IngressClass*replaceNetworkingV1IngressClassBI
G
Ebodybody *5
3#/definitions/io.k8s.api.networking.v1.IngressClassBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJü
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
*¬
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
BÃ
networking_v1+partially update the specified IngressClass*patchNetworkingV1IngressClassBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJü
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
/-+queryIndent the output."pretty2stringÅ
$/apis/networking.k8s.io/v1/ingressesœæ
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
/-+queryIndent the output."pretty2string¸
;/apis/networking.k8s.io/v1/namespaces/{namespace}/ingressesøÍ
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
"½
networking_v1create a Ingress*#createNetworkingV1NamespacedIngressBD
B
@bodybody *0
.#/definitions/io.k8s.api.networking.v1.IngressBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJí
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
*ñ	
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
/-+queryIndent the output."pretty2stringÄ
B/apis/networking.k8s.io/v1/namespaces/{namespace}/ingresses/{name}ý¥
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
Ê
networking_v1replace the specified Ingress*$replaceNetworkingV1NamespacedIngressBD
B
@bodybody *0
.#/definitions/io.k8s.api.networking.v1.IngressBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJí
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
*§
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
B¯
networking_v1&partially update the specified Ingress*"patchNetworkingV1NamespacedIngressBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJí
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
/-+queryIndent the output."pretty2stringÑ
I/apis/networking.k8s.io/v1/namespaces/{namespace}/ingresses/{name}/statusƒµ
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
Ú
networking_v1'replace status of the specified Ingress**replaceNetworkingV1NamespacedIngressStatusBD
B
@bodybody *0
.#/definitions/io.k8s.api.networking.v1.IngressBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJí
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
B¿
networking_v10partially update status of the specified Ingress*(patchNetworkingV1NamespacedIngressStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJí
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
/-+queryIndent the output."pretty2string“
;/apis/policy/v1/namespaces/{namespace}/poddisruptionbudgetsÓæ
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
"î
	policy_v1create a PodDisruptionBudget*+createPolicyV1NamespacedPodDisruptionBudgetBL
J
Hbodybody *8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudgetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ…
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
*‚

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
/-+queryIndent the output."pretty2stringÔ
B/apis/policy/v1/namespaces/{namespace}/poddisruptionbudgets/{name}¾
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
û
	policy_v1)replace the specified PodDisruptionBudget*,replacePolicyV1NamespacedPodDisruptionBudgetBL
J
Hbodybody *8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudgetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ…
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
*¸
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
BØ
	policy_v12partially update the specified PodDisruptionBudget**patchPolicyV1NamespacedPodDisruptionBudgetBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ…
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
/-+queryIndent the output."pretty2stringÐ
I/apis/policy/v1/namespaces/{namespace}/poddisruptionbudgets/{name}/status‚Î
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
‹
	policy_v13replace status of the specified PodDisruptionBudget*2replacePolicyV1NamespacedPodDisruptionBudgetStatusBL
J
Hbodybody *8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudgetBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJ…
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
Bè
	policy_v1<partially update status of the specified PodDisruptionBudget*0patchPolicyV1NamespacedPodDisruptionBudgetStatusBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJ…
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
/-+queryIndent the output."pretty2stringÞ
$/apis/policy/v1/poddisruptionbudgetsµÿ
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
/-+queryIndent the output."pretty2string’
6/apis/rbac.authorization.k8s.io/v1/clusterrolebindings×ÿ
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
"þ
rbacAuthorization_v1create a ClusterRoleBinding*+createRbacAuthorizationV1ClusterRoleBindingBI
G
Ebodybody *5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBindingBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJü
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
*ž

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
/-+queryIndent the output."pretty2stringå
=/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/{name}£×
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
‹
rbacAuthorization_v1(replace the specified ClusterRoleBinding*,replaceRbacAuthorizationV1ClusterRoleBindingBI
G
Ebodybody *5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBindingBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJü
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
*Ô
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
Bë
rbacAuthorization_v11partially update the specified ClusterRoleBinding**patchRbacAuthorizationV1ClusterRoleBindingBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJü
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
//apis/rbac.authorization.k8s.io/v1/clusterrolesõã
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
"Í
rbacAuthorization_v1create a ClusterRole*$createRbacAuthorizationV1ClusterRoleBB
@
>bodybody *.
,#/definitions/io.k8s.api.rbac.v1.ClusterRoleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJç
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
*‰

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
/-+queryIndent the output."pretty2stringË
6/apis/rbac.authorization.k8s.io/v1/clusterroles/{name}»
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
Ú
rbacAuthorization_v1!replace the specified ClusterRole*%replaceRbacAuthorizationV1ClusterRoleBB
@
>bodybody *.
,#/definitions/io.k8s.api.rbac.v1.ClusterRoleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJç
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
*¿
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
BÁ
rbacAuthorization_v1*partially update the specified ClusterRole*#patchRbacAuthorizationV1ClusterRoleBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJç
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
/-+queryIndent the output."pretty2stringŸ
F/apis/rbac.authorization.k8s.io/v1/namespaces/{namespace}/rolebindingsÔí
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
"×
rbacAuthorization_v1create a RoleBinding*.createRbacAuthorizationV1NamespacedRoleBindingBB
@
>bodybody *.
,#/definitions/io.k8s.api.rbac.v1.RoleBindingBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJç
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
*“

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
/-+queryIndent the output."pretty2stringË
M/apis/rbac.authorization.k8s.io/v1/namespaces/{namespace}/rolebindings/{name}ùÅ
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
ä
rbacAuthorization_v1!replace the specified RoleBinding*/replaceRbacAuthorizationV1NamespacedRoleBindingBB
@
>bodybody *.
,#/definitions/io.k8s.api.rbac.v1.RoleBindingBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJç
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
*É
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
BË
rbacAuthorization_v1*partially update the specified RoleBinding*-patchRbacAuthorizationV1NamespacedRoleBindingBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJç
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
/-+queryIndent the output."pretty2string¶
?/apis/rbac.authorization.k8s.io/v1/namespaces/{namespace}/rolesòÑ
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
"¦
rbacAuthorization_v1create a Role*'createRbacAuthorizationV1NamespacedRoleB;
9
7bodybody *'
%#/definitions/io.k8s.api.rbac.v1.RoleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÒ
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
*þ	
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
/-+queryIndent the output."pretty2string±
F/apis/rbac.authorization.k8s.io/v1/namespaces/{namespace}/roles/{name}æ©
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
³
rbacAuthorization_v1replace the specified Role*(replaceRbacAuthorizationV1NamespacedRoleB;
9
7bodybody *'
%#/definitions/io.k8s.api.rbac.v1.RoleBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÒ
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
*´
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
B¡
rbacAuthorization_v1#partially update the specified Role*&patchRbacAuthorizationV1NamespacedRoleBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÒ
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
/-+queryIndent the output."pretty2stringð
//apis/rbac.authorization.k8s.io/v1/rolebindings¼†
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
/-+queryIndent the output."pretty2stringÍ
(/apis/rbac.authorization.k8s.io/v1/roles ê
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
/-+queryIndent the output."pretty2stringœ
*/apis/scheduling.k8s.io/v1/priorityclassesíÛ
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
"Ý
scheduling_v1create a PriorityClass*createSchedulingV1PriorityClassBJ
H
Fbodybody *6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClassBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÿ
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
*ù	
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
/-+queryIndent the output."pretty2stringÈ
1/apis/scheduling.k8s.io/v1/priorityclasses/{name}’³
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
ê
scheduling_v1#replace the specified PriorityClass* replaceSchedulingV1PriorityClassBJ
H
Fbodybody *6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClassBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringJÿ
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
*¯
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
BÉ
scheduling_v1,partially update the specified PriorityClass*patchSchedulingV1PriorityClassBN
L
Jbodybody *:
8#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.PatchBt
rpnqueryUWhen present, the change is validated but not persisted. The only valid value is All."dryRun2stringB`
^\Zquery;The name of the actor making the change, for managedFields."fieldManager2stringBm
kigqueryEHow unknown and duplicate fields are handled: Ignore, Warn or Strict."fieldValidation2stringBP
NLJquery1Apply only: take ownership of conflicting fields."force2booleanJÿ
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
/-+queryIndent the output."pretty2stringJ©

ä
2io.k8s.api.admissionregistration.v1.MatchCondition­"A named CEL condition.šnameš
expression²
objectÊs
E

expression7"*A CEL expression that evaluates to a bool.²
string
*
name""The condition's name.²
string
×
3io.k8s.api.admissionregistration.v1.MutatingWebhookŸ"One mutating webhook.šnamešclientConfigšsideEffectsšadmissionReviewVersions²
objectÊ»
£
admissionReviewVersions‡"EAdmissionReview versions the webhook accepts, in order of preference.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

r
clientConfigb
E#/definitions/io.k8s.api.admissionregistration.v1.WebhookClientConfig"How to reach the webhook.
Y
failurePolicyH";What happens when the call fails: Ignore or Fail (default).²
string
Å
matchConditions±"=CEL conditions a request must meet to be sent to the webhook.²
arrayºD
B
@#/definitions/io.k8s.api.admissionregistration.v1.MatchConditionú'
x-kubernetes-list-map-keys	- name
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keyname
ú'
x-kubernetes-patch-strategymerge

g
matchPolicyX"KHow rules match requests for other versions: Exact or Equivalent (default).²
string
[
nameS"FThe webhook's fully qualified name, such as imagepolicy.kubernetes.io.²
string
¡
namespaceSelector‹
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"GRuns the webhook only for objects in namespaces matching this selector.
š
objectSelector‡
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"CRuns the webhook only for objects whose labels match this selector.
z
reinvocationPolicyd"WWhether the webhook is called again after later mutations: Never (default) or IfNeeded.²
string
¾
rules´"7The operations and resources the webhook is called for.²
arrayºH
F
D#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperationsú#
x-kubernetes-list-type	atomic

W
sideEffectsH";Whether the webhook has side effects: None or NoneOnDryRun.²
string
_
timeoutSecondsMint32"8Seconds before the call times out, 1-30. Defaults to 10.²	
integer
ß
@io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationš"3Webhooks that may accept, reject or change objects.²
objectÊÕ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.

webhooks‚"The webhooks.²
arrayºE
C
A#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookú'
x-kubernetes-list-map-keys	- name
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keyname
ú'
x-kubernetes-patch-strategymerge
ú~
x-kubernetes-group-version-kind[Y- group: admissionregistration.k8s.io
  kind: MutatingWebhookConfiguration
  version: v1

Ø
Dio.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationList"/A list of MutatingWebhookConfiguration objects.šitems²
objectÊÁ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
”
itemsŠ")The MutatingWebhookConfiguration objects.²
arrayºR
P
N#/definitions/io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.ú‚
x-kubernetes-group-version-kind_]- group: admissionregistration.k8s.io
  kind: MutatingWebhookConfigurationList
  version: v1

”
6io.k8s.api.admissionregistration.v1.RuleWithOperationsÙ"4Operations on resources of some groups and versions.²
objectÊ”
i
	apiGroups\"API groups; "*" means all.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

m
apiVersions^"API versions; "*" means all.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

w

operationsi"'CREATE, UPDATE, DELETE, CONNECT or "*".²
arrayº
²
stringú#
x-kubernetes-list-type	atomic


	resourcest"2Resources, or resource/subresource; "*" means all.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

;
scope2"%Cluster, Namespaced or "*" (default).²
string
Ì
4io.k8s.api.admissionregistration.v1.ServiceReference“"A reference to a service.š	namespacešname²
objectÊÖ
)
name!"Name of the service.²
string
3
	namespace&"Namespace of the service.²
string
3
path+"URL path requests are sent to.²
string
?
port7int32""The service port. Defaults to 443.²	
integer
ß
5io.k8s.api.admissionregistration.v1.ValidatingWebhook¥"One validating webhook.šnamešclientConfigšsideEffectsšadmissionReviewVersions²
objectÊ¿
£
admissionReviewVersions‡"EAdmissionReview versions the webhook accepts, in order of preference.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

r
clientConfigb
E#/definitions/io.k8s.api.admissionregistration.v1.WebhookClientConfig"How to reach the webhook.
Y
failurePolicyH";What happens when the call fails: Ignore or Fail (default).²
string
Å
matchConditions±"=CEL conditions a request must meet to be sent to the webhook.²
arrayºD
B
@#/definitions/io.k8s.api.admissionregistration.v1.MatchConditionú'
x-kubernetes-list-map-keys	- name
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keyname
ú'
x-kubernetes-patch-strategymerge

g
matchPolicyX"KHow rules match requests for other versions: Exact or Equivalent (default).²
string
[
nameS"FThe webhook's fully qualified name, such as imagepolicy.kubernetes.io.²
string
¡
namespaceSelector‹
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"GRuns the webhook only for objects in namespaces matching this selector.
š
objectSelector‡
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"CRuns the webhook only for objects whose labels match this selector.
¾
rules´"7The operations and resources the webhook is called for.²
arrayºH
F
D#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperationsú#
x-kubernetes-list-type	atomic

W
sideEffectsH";Whether the webhook has side effects: None or NoneOnDryRun.²
string
_
timeoutSecondsMint32"8Seconds before the call times out, 1-30. Defaults to 10.²	
integer
ô
Bio.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration­"AWebhooks that may accept or reject objects without changing them.²
objectÊ×
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
‘
webhooks„"The webhooks.²
arrayºG
E
C#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookú'
x-kubernetes-list-map-keys	- name
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keyname
ú'
x-kubernetes-patch-strategymerge
ú€
x-kubernetes-group-version-kind][- group: admissionregistration.k8s.io
  kind: ValidatingWebhookConfiguration
  version: v1

â
Fio.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationList—"1A list of ValidatingWebhookConfiguration objects.šitems²
objectÊÅ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
˜
itemsŽ"+The ValidatingWebhookConfiguration objects.²
arrayºT
R
P#/definitions/io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.ú„
x-kubernetes-group-version-kinda_- group: admissionregistration.k8s.io
  kind: ValidatingWebhookConfigurationList
  version: v1

‹
7io.k8s.api.admissionregistration.v1.WebhookClientConfigÏ"+How to reach a webhook: a URL or a service.²
objectÊ“
V
caBundleJbyte"7PEM CA bundle used to verify the webhook's certificate.²
string
~
services
B#/definitions/io.k8s.api.admissionregistration.v1.ServiceReference"-A service in the cluster; exclusive with url.
9
url2"%An https URL; exclusive with service.²
string
¢
%io.k8s.api.apps.v1.ControllerRevisionø"pControllerRevision objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
ú\
x-kubernetes-group-version-kind97- group: apps
  kind: ControllerRevision
  version: v1

é
)io.k8s.api.apps.v1.ControllerRevisionList»"%A list of ControllerRevision objects.šitems²
objectÊš
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
n
itemse"The ControllerRevision objects.²
arrayº7
5
3#/definitions/io.k8s.api.apps.v1.ControllerRevision
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.ú`
x-kubernetes-group-version-kind=;- group: apps
  kind: ControllerRevisionList
  version: v1

‡
io.k8s.api.apps.v1.DaemonSetæ"gDaemonSet objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
úS
x-kubernetes-group-version-kind0.- group: apps
  kind: DaemonSet
  version: v1

¼
 io.k8s.api.apps.v1.DaemonSetList—"A list of DaemonSet objects.šitems²
objectÊˆ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
\
itemsS"The DaemonSet objects.²
arrayº.
,
*#/definitions/io.k8s.api.apps.v1.DaemonSet
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úW
x-kubernetes-group-version-kind42- group: apps
  kind: DaemonSetList
  version: v1

ª
io.k8s.api.apps.v1.Deploymentˆ"xA Deployment manages ReplicaSets to keep a number of identical pods running and rolls out changes to them declaratively.²
objectÊ¨
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
c
spec[
/#/definitions/io.k8s.api.apps.v1.DeploymentSpec"(The desired behaviour of the Deployment.
~
statust
1#/definitions/io.k8s.api.apps.v1.DeploymentStatus"?The most recently observed status of the Deployment. Read-only.úT
x-kubernetes-group-version-kind1/- group: apps
  kind: Deployment
  version: v1

‹
&io.k8s.api.apps.v1.DeploymentConditionà"One condition of a Deployment.štypešstatus²
objectÊ¡
x
lastTransitionTimeb
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"'When the condition last changed status.
q
lastUpdateTime_
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"$When the condition was last updated.
F
message;".Human-readable details of the last transition.²
string
z
reasonp"cA CamelCase reason: MinimumReplicasAvailable, NewReplicaSetAvailable, ProgressDeadlineExceeded, â€¦²
string
.
status$"True, False or Unknown.²
string
>
type6")Available, Progressing or ReplicaFailure.²
string
Á
!io.k8s.api.apps.v1.DeploymentList›"A list of Deployment objects.šitems²
objectÊŠ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
^
itemsU"The Deployment objects.²
arrayº/
-
+#/definitions/io.k8s.api.apps.v1.Deployment
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úX
x-kubernetes-group-version-kind53- group: apps
  kind: DeploymentList
  version: v1

ê	
!io.k8s.api.apps.v1.DeploymentSpecÄ	""The desired state of a Deployment.šselectorštemplate²
objectÊû
Ž
minReadySeconds{int32"fSeconds a new pod must be ready, without any container crashing, to count as available. Defaults to 0.²	
integer
R
pausedH":When true, changes to the template do not start a rollout.²	
boolean
«
progressDeadlineSecondsint32"zSeconds a rollout may make no progress before the Progressing condition reports ProgressDeadlineExceeded. Defaults to 600.²	
integer
¥
replicas˜int32"‚The number of desired pods. Unset means 1; 0 is a valid explicit value. Changed by kubectl scale and by a HorizontalPodAutoscaler.²	
integer
l
revisionHistoryLimitTint32"?How many old ReplicaSets are kept for rollback. Defaults to 10.²	
integer
½
selector°
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"lSelects the pods the Deployment manages; must match the template's labels. Cannot be changed after creation.
™
strategyŒ
3#/definitions/io.k8s.api.apps.v1.DeploymentStrategy"&How old pods are replaced by new ones.ú,
x-kubernetes-patch-strategyretainKeys

t
templateh
0#/definitions/io.k8s.api.core.v1.PodTemplateSpec"4The pods to create. A change to it starts a rollout.
Ø
#io.k8s.api.apps.v1.DeploymentStatus°"#The observed state of a Deployment.²
objectÊü
R
availableReplicas=int32"(Pods ready for at least minReadySeconds.²	
integer
q
collisionCount_int32"JCounts template hash collisions; used to make new ReplicaSet names unique.²	
integer
°

conditions¡"9The Available, Progressing and ReplicaFailure conditions.²
arrayº8
6
4#/definitions/io.k8s.api.apps.v1.DeploymentConditionú'
x-kubernetes-list-map-keys	- type
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keytype
ú'
x-kubernetes-patch-strategymerge

`
observedGenerationJint64"5The metadata.generation the controller last acted on.²	
integer
D
readyReplicas3int32"Pods with the Ready condition.²	
integer
K
replicas?int32"*All non-terminated pods of the Deployment.²	
integer
B
terminatingReplicas+int32"Pods being terminated.²	
integer
g
unavailableReplicasPint32";Pods still needed for the Deployment to be fully available.²	
integer
^
updatedReplicasKint32"6Non-terminated pods created from the current template.²	
integer
†
%io.k8s.api.apps.v1.DeploymentStrategyÜ"#How a Deployment replaces its pods.²
objectÊ¨
k
rollingUpdateZ
8#/definitions/io.k8s.api.apps.v1.RollingUpdateDeployment"Parameters of a RollingUpdate.
9
type1"$Recreate or RollingUpdate (default).²
string
“
io.k8s.api.apps.v1.ReplicaSetñ"aA ReplicaSet keeps a number of pods matching its selector running. Usually owned by a Deployment.²
objectÊ¨
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
c
spec[
/#/definitions/io.k8s.api.apps.v1.ReplicaSetSpec"(The desired behaviour of the ReplicaSet.
~
statust
1#/definitions/io.k8s.api.apps.v1.ReplicaSetStatus"?The most recently observed status of the ReplicaSet. Read-only.úT
x-kubernetes-group-version-kind1/- group: apps
  kind: ReplicaSet
  version: v1

Æ
&io.k8s.api.apps.v1.ReplicaSetCondition›"One condition of a ReplicaSet.štypešstatus²
objectÊÜ
x
lastTransitionTimeb
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"'When the condition last changed status.
F
message;".Human-readable details of the last transition.²
string
B
reason8"+A CamelCase reason for the last transition.²
string
.
status$"True, False or Unknown.²
string
$
type"ReplicaFailure.²
string
Á
!io.k8s.api.apps.v1.ReplicaSetList›"A list of ReplicaSet objects.šitems²
objectÊŠ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
^
itemsU"The ReplicaSet objects.²
arrayº/
-
+#/definitions/io.k8s.api.apps.v1.ReplicaSet
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úX
x-kubernetes-group-version-kind53- group: apps
  kind: ReplicaSetList
  version: v1

¦
!io.k8s.api.apps.v1.ReplicaSetSpec€""The desired state of a ReplicaSet.šselector²
objectÊÂ
m
minReadySecondsZint32"ESeconds a new pod must be ready to count as available. Defaults to 0.²	
integer
K
replicas?int32"*The number of desired pods. Unset means 1.²	
integer

selector
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"LSelects the pods counted against replicas; must match the template's labels.
d
templateX
0#/definitions/io.k8s.api.core.v1.PodTemplateSpec"$The pods created when too few exist.
ö
#io.k8s.api.apps.v1.ReplicaSetStatusÎ"#The observed state of a ReplicaSet.šreplicas²
objectÊ
R
availableReplicas=int32"(Pods ready for at least minReadySeconds.²	
integer
“

conditions„"The ReplicaSet's conditions.²
arrayº8
6
4#/definitions/io.k8s.api.apps.v1.ReplicaSetConditionú'
x-kubernetes-list-map-keys	- type
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keytype
ú'
x-kubernetes-patch-strategymerge

[
fullyLabeledReplicasCint32".Pods whose labels match the template's labels.²	
integer
`
observedGenerationJint64"5The metadata.generation the controller last acted on.²	
integer
D
readyReplicas3int32"Pods with the Ready condition.²	
integer
Z
replicasNint32"9The most recently observed number of non-terminated pods.²	
integer
B
terminatingReplicas+int32"Pods being terminated.²	
integer
ß
*io.k8s.api.apps.v1.RollingUpdateDeployment°"The pace of a rolling update.²
objectÊ‚
Ã
maxSurge¶
=#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString"uHow many pods (or what percentage of replicas) may exist above the desired number during the update. Defaults to 25%.
¹
maxUnavailable¦
=#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString"eHow many pods (or what percentage of replicas) may be unavailable during the update. Defaults to 25%.

io.k8s.api.apps.v1.StatefulSetê"iStatefulSet objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
úU
x-kubernetes-group-version-kind20- group: apps
  kind: StatefulSet
  version: v1

Æ
"io.k8s.api.apps.v1.StatefulSetListŸ"A list of StatefulSet objects.šitems²
objectÊŒ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
`
itemsW"The StatefulSet objects.²
arrayº0
.
,#/definitions/io.k8s.api.apps.v1.StatefulSet
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úY
x-kubernetes-group-version-kind64- group: apps
  kind: StatefulSetList
  version: v1

º
.io.k8s.api.authentication.v1.SelfSubjectReview‡"oSelfSubjectReview objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
úl
x-kubernetes-group-version-kindIG- group: authentication.k8s.io
  kind: SelfSubjectReview
  version: v1

‰
2io.k8s.api.authentication.v1.SelfSubjectReviewListÒ"$A list of SelfSubjectReview objects.šitems²
objectÊ¢
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
v
itemsm"The SelfSubjectReview objects.²
arrayº@
>
<#/definitions/io.k8s.api.authentication.v1.SelfSubjectReview
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úp
x-kubernetes-group-version-kindMK- group: authentication.k8s.io
  kind: SelfSubjectReviewList
  version: v1

¨
(io.k8s.api.authentication.v1.TokenReviewû"iTokenReview objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
úf
x-kubernetes-group-version-kindCA- group: authentication.k8s.io
  kind: TokenReview
  version: v1

ë
,io.k8s.api.authentication.v1.TokenReviewListº"A list of TokenReview objects.šitems²
objectÊ–
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
j
itemsa"The TokenReview objects.²
arrayº:
8
6#/definitions/io.k8s.api.authentication.v1.TokenReview
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.új
x-kubernetes-group-version-kindGE- group: authentication.k8s.io
  kind: TokenReviewList
  version: v1

Í
4io.k8s.api.authorization.v1.LocalSubjectAccessReview”"vLocalSubjectAccessReview objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
úr
x-kubernetes-group-version-kindOM- group: authorization.k8s.io
  kind: LocalSubjectAccessReview
  version: v1

ª
8io.k8s.api.authorization.v1.LocalSubjectAccessReviewListí"+A list of LocalSubjectAccessReview objects.šitems²
objectÊ°
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
ƒ
itemsz"%The LocalSubjectAccessReview objects.²
arrayºF
D
B#/definitions/io.k8s.api.authorization.v1.LocalSubjectAccessReview
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úv
x-kubernetes-group-version-kindSQ- group: authorization.k8s.io
  kind: LocalSubjectAccessReviewList
  version: v1

Ê
3io.k8s.api.authorization.v1.SelfSubjectAccessReview’"uSelfSubjectAccessReview objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
úq
x-kubernetes-group-version-kindNL- group: authorization.k8s.io
  kind: SelfSubjectAccessReview
  version: v1

¥
7io.k8s.api.authorization.v1.SelfSubjectAccessReviewListé"*A list of SelfSubjectAccessReview objects.šitems²
objectÊ®
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string

itemsx"$The SelfSubjectAccessReview objects.²
arrayºE
C
A#/definitions/io.k8s.api.authorization.v1.SelfSubjectAccessReview
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úu
x-kubernetes-group-version-kindRP- group: authorization.k8s.io
  kind: SelfSubjectAccessReviewList
  version: v1

Ç
2io.k8s.api.authorization.v1.SelfSubjectRulesReview"tSelfSubjectRulesReview objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
úp
x-kubernetes-group-version-kindMK- group: authorization.k8s.io
  kind: SelfSubjectRulesReview
  version: v1

Ÿ
6io.k8s.api.authorization.v1.SelfSubjectRulesReviewListä")A list of SelfSubjectRulesReview objects.šitems²
objectÊ«
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string

itemsv"#The SelfSubjectRulesReview objects.²
arrayºD
B
@#/definitions/io.k8s.api.authorization.v1.SelfSubjectRulesReview
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.út
x-kubernetes-group-version-kindQO- group: authorization.k8s.io
  kind: SelfSubjectRulesReviewList
  version: v1

¾
/io.k8s.api.authorization.v1.SubjectAccessReviewŠ"qSubjectAccessReview objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
úm
x-kubernetes-group-version-kindJH- group: authorization.k8s.io
  kind: SubjectAccessReview
  version: v1


3io.k8s.api.authorization.v1.SubjectAccessReviewListØ"&A list of SubjectAccessReview objects.šitems²
objectÊ¥
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
y
itemsp" The SubjectAccessReview objects.²
arrayºA
?
=#/definitions/io.k8s.api.authorization.v1.SubjectAccessReview
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úq
x-kubernetes-group-version-kindNL- group: authorization.k8s.io
  kind: SubjectAccessReviewList
  version: v1

•
5io.k8s.api.autoscaling.v1.CrossVersionObjectReferenceÛ"+A reference to a resource by kind and name.škindšname²
objectÊ‘
7

apiVersion)"API version of the referent.²
string
*
kind""Kind of the referent.²
string
*
name""Name of the referent.²
string
Ö
1io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler "cA HorizontalPodAutoscaler scales a workload's replicas to keep average CPU utilisation at a target.²
objectÊÁ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
w
speco
C#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerSpec"(The desired behaviour of the autoscaler.
‚
statusx
E#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerStatus"/The current state of the autoscaler. Read-only.úh
x-kubernetes-group-version-kindEC- group: autoscaling
  kind: HorizontalPodAutoscaler
  version: v1

—
5io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerListÝ"*A list of HorizontalPodAutoscaler objects.šitems²
objectÊ«
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string

itemsv"$The HorizontalPodAutoscaler objects.²
arrayºC
A
?#/definitions/io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úl
x-kubernetes-group-version-kindIG- group: autoscaling
  kind: HorizontalPodAutoscalerList
  version: v1

å
5io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerSpec«"'The target and bounds of an autoscaler.šscaleTargetRefšmaxReplicas²
objectÊÔ
c
maxReplicasTint32"?The most replicas the autoscaler may set; at least minReplicas.²	
integer
^
minReplicasOint32":The fewest replicas the autoscaler may set. Defaults to 1.²	
integer
“
scaleTargetRef€
C#/definitions/io.k8s.api.autoscaling.v1.CrossVersionObjectReference"9The scaled resource, which must have a scale subresource.
w
targetCPUUtilizationPercentageUint32"@The target average CPU utilisation, in percent of requested CPU.²	
integer
õ
7io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerStatus¹"$The observed state of an autoscaler.šcurrentReplicasšdesiredReplicas²
objectÊà
y
currentCPUUtilizationPercentageVint32"AThe current average CPU utilisation, in percent of requested CPU.²	
integer
G
currentReplicas4int32"The current number of replicas.²	
integer
S
desiredReplicas@int32"+The replicas the autoscaler last asked for.²	
integer
l
lastScaleTime[
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time" When the autoscaler last scaled.
W
observedGenerationAint64",The generation the autoscaler last acted on.²	
integer
¦
io.k8s.api.autoscaling.v1.Scale‚"$The scale subresource of a workload.²
objectÊô
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
O
specG
1#/definitions/io.k8s.api.autoscaling.v1.ScaleSpec"The desired scale.
^
statusT
3#/definitions/io.k8s.api.autoscaling.v1.ScaleStatus"The current scale. Read-only.úV
x-kubernetes-group-version-kind31- group: autoscaling
  kind: Scale
  version: v1

‹
#io.k8s.api.autoscaling.v1.ScaleSpecd"The desired scale.²
objectÊB
@
replicas4int32"The desired number of replicas.²	
integer
å
%io.k8s.api.autoscaling.v1.ScaleStatus»"The observed scale.šreplicas²
objectÊŒ
@
replicas4int32"The current number of replicas.²	
integer
H
selector<"/The label selector of the pods, in string form.²
string
Å
7io.k8s.api.autoscaling.v2.ContainerResourceMetricSource‰"#A resource metric of one container.šnameštargetš	container²
objectÊ¹
/
	container""The container's name.²
string
1
name)"The resource: cpu or memory.²
string
S
targetI
4#/definitions/io.k8s.api.autoscaling.v2.MetricTarget"The target value.
•
5io.k8s.api.autoscaling.v2.CrossVersionObjectReferenceÛ"+A reference to a resource by kind and name.škindšname²
objectÊ‘
7

apiVersion)"API version of the referent.²
string
*
kind""Kind of the referent.²
string
*
name""Name of the referent.²
string
 
.io.k8s.api.autoscaling.v2.ExternalMetricSourceí""A metric from outside the cluster.šmetricštarget²
objectÊ¨
Q
metricG
8#/definitions/io.k8s.api.autoscaling.v2.MetricIdentifier"The metric.
S
targetI
4#/definitions/io.k8s.api.autoscaling.v2.MetricTarget"The target value.
Ã
*io.k8s.api.autoscaling.v2.HPAScalingPolicy”"!One limit on the rate of scaling.štypešvaluešperiodSeconds²
objectÊÃ
R
periodSecondsAint32",The window the limit applies to, in seconds.²	
integer
%
type"Pods or Percent.²
string
F
value=int32"(The amount of change allowed per window.²	
integer
Ö
)io.k8s.api.autoscaling.v2.HPAScalingRules¨"#Rules for scaling in one direction.²
objectÊô
¡
policies”"#Limits on how fast replicas change.²
arrayº<
:
8#/definitions/io.k8s.api.autoscaling.v2.HPAScalingPolicyú#
x-kubernetes-list-type	atomic

R
selectPolicyB"5Which policy applies: Max (default), Min or Disabled.²
string
q
stabilizationWindowSecondsSint32">Seconds of past recommendations considered, to avoid flapping.²	
integer
†
	tolerancey
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity":The relative metric change below which no scaling happens.
ë
1io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerµ"xA HorizontalPodAutoscaler scales a workload's replicas to keep metrics (CPU, memory, custom, external) at their targets.²
objectÊÁ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
w
speco
C#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec"(The desired behaviour of the autoscaler.
‚
statusx
E#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerStatus"/The current state of the autoscaler. Read-only.úh
x-kubernetes-group-version-kindEC- group: autoscaling
  kind: HorizontalPodAutoscaler
  version: v2


9io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBehaviorÃ"&Scaling rules for scaling up and down.²
objectÊŒ
ˆ
	scaleDown{
7#/definitions/io.k8s.api.autoscaling.v2.HPAScalingRules"@Rules for scaling down; a 300 s stabilisation window by default.

scaleUpt
7#/definitions/io.k8s.api.autoscaling.v2.HPAScalingRules"9Rules for scaling up; no stabilisation window by default.
ù
:io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerConditionº"One condition of an autoscaler.štypešstatus²
objectÊú
x
lastTransitionTimeb
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"'When the condition last changed status.
F
message;".Human-readable details of the last transition.²
string
B
reason8"+A CamelCase reason for the last transition.²
string
.
status$"True, False or Unknown.²
string
B
type:"-AbleToScale, ScalingActive or ScalingLimited.²
string
—
5io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerListÝ"*A list of HorizontalPodAutoscaler objects.šitems²
objectÊ«
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string

itemsv"$The HorizontalPodAutoscaler objects.²
arrayºC
A
?#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úl
x-kubernetes-group-version-kindIG- group: autoscaling
  kind: HorizontalPodAutoscalerList
  version: v2

„
5io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpecÊ";The target, bounds, metrics and behaviour of an autoscaler.šscaleTargetRefšmaxReplicas²
objectÊß
’
behavior…
G#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBehavior":Scaling rules for each direction; the defaults when unset.
c
maxReplicasTint32"?The most replicas the autoscaler may set; at least minReplicas.²	
integer
ì
metricsà"uThe metrics used to compute the desired replicas; the largest proposal wins. Defaults to 80% average CPU utilisation.²
arrayº6
4
2#/definitions/io.k8s.api.autoscaling.v2.MetricSpecú#
x-kubernetes-list-type	atomic

^
minReplicasOint32":The fewest replicas the autoscaler may set. Defaults to 1.²	
integer
“
scaleTargetRef€
C#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference"9The scaled resource, which must have a scale subresource.
Ï
7io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerStatus“"$The observed state of an autoscaler.šdesiredReplicas²
objectÊÌ
¹

conditionsª".AbleToScale, ScalingActive and ScalingLimited.²
arrayºL
J
H#/definitions/io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerConditionú'
x-kubernetes-list-map-keys	- type
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keytype
ú'
x-kubernetes-patch-strategymerge

¨
currentMetrics•"(The last observed values of the metrics.²
arrayº8
6
4#/definitions/io.k8s.api.autoscaling.v2.MetricStatusú#
x-kubernetes-list-type	atomic

G
currentReplicas4int32"The current number of replicas.²	
integer
S
desiredReplicas@int32"+The replicas the autoscaler last asked for.²	
integer
l
lastScaleTime[
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time" When the autoscaler last scaled.
W
observedGenerationAint64",The generation the autoscaler last acted on.²	
integer
û
*io.k8s.api.autoscaling.v2.MetricIdentifierÌ"A metric's name and selector.šname²
objectÊ—
'
name"The metric's name.²
string
l
selector`
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"Narrows the metric's series.
š
$io.k8s.api.autoscaling.v2.MetricSpecñ"6One metric to scale on; type says which source is set.štype²
objectÊ£
†
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
•
resourceˆ
<#/definitions/io.k8s.api.autoscaling.v2.ResourceMetricSource"HA resource (cpu, memory) of the pods, as known from requests and limits.
K
typeC"6ContainerResource, External, Object, Pods or Resource.²
string
Ü
&io.k8s.api.autoscaling.v2.MetricStatus±"&The last observed value of one metric.štype²
objectÊó
}
containerResourceh")The value of a container resource metric.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

k
external_" The value of an external metric.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

g
object]"The value of an object metric.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

b
podsZ"The value of a pods metric.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

k
resource_
<#/definitions/io.k8s.api.autoscaling.v2.ResourceMetricStatus"The value of a resource metric.
K
typeC"6ContainerResource, External, Object, Pods or Resource.²
string
Ö
&io.k8s.api.autoscaling.v2.MetricTarget«"The target of a metric.štype²
objectÊü
u
averageUtilization_int32"JTarget average utilisation, in percent of requests; Resource metrics only.²	
integer
r
averageValueb
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"#Target average value over the pods.
8
type0"#Utilization, Value or AverageValue.²
string
U
valueL
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"Target value.
ˆ
+io.k8s.api.autoscaling.v2.MetricValueStatusØ"A metric's current value.²
objectÊ®
_
averageUtilizationIint32"4Current average utilisation, in percent of requests.²	
integer
s
averageValuec
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"$Current average value over the pods.
V
valueM
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"Current value.
“
,io.k8s.api.autoscaling.v2.ObjectMetricSourceâ"A custom metric of one object.šdescribedObjectštargetšmetric²
objectÊ
e
describedObjectR
C#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference"The object.
Q
metricG
8#/definitions/io.k8s.api.autoscaling.v2.MetricIdentifier"The metric.
S
targetI
4#/definitions/io.k8s.api.autoscaling.v2.MetricTarget"The target value.
¡
*io.k8s.api.autoscaling.v2.PodsMetricSourceò"'A custom metric averaged over the pods.šmetricštarget²
objectÊ¨
Q
metricG
8#/definitions/io.k8s.api.autoscaling.v2.MetricIdentifier"The metric.
S
targetI
4#/definitions/io.k8s.api.autoscaling.v2.MetricTarget"The target value.
ú
.io.k8s.api.autoscaling.v2.ResourceMetricSourceÇ"A resource metric of the pods.šnameštarget²
objectÊˆ
1
name)"The resource: cpu or memory.²
string
S
targetI
4#/definitions/io.k8s.api.autoscaling.v2.MetricTarget"The target value.
ƒ
.io.k8s.api.autoscaling.v2.ResourceMetricStatusÐ"The value of a resource metric.šnamešcurrent²
objectÊ
Z
currentO
9#/definitions/io.k8s.api.autoscaling.v2.MetricValueStatus"The current value.
1
name)"The resource: cpu or memory.²
string
À
io.k8s.api.batch.v1.CronJob "/A CronJob creates Jobs on a repeating schedule.²
objectÊ‹
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
[
specS
-#/definitions/io.k8s.api.batch.v1.CronJobSpec""The schedule and the Job template.
i
status_
/#/definitions/io.k8s.api.batch.v1.CronJobStatus",The current state of the CronJob. Read-only.úR
x-kubernetes-group-version-kind/-- group: batch
  kind: CronJob
  version: v1

µ
io.k8s.api.batch.v1.CronJobList‘"A list of CronJob objects.šitems²
objectÊ…
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
Y
itemsP"The CronJob objects.²
arrayº-
+
)#/definitions/io.k8s.api.batch.v1.CronJob
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úV
x-kubernetes-group-version-kind31- group: batch
  kind: CronJobList
  version: v1

·
io.k8s.api.batch.v1.CronJobSpec“"+The schedule and Job template of a CronJob.šschedulešjobTemplate²
objectÊ¾
g
concurrencyPolicyR"EHow overlapping runs are treated: Allow (default), Forbid or Replace.²
string
O
failedJobsHistoryLimit5int32" Failed Jobs kept. Defaults to 1.²	
integer
b
jobTemplateS
1#/definitions/io.k8s.api.batch.v1.JobTemplateSpec"The Job to create on each run.
5
schedule)"The schedule in cron format.²
string
w
startingDeadlineSeconds\int64"GSeconds after a missed start time within which the Job may still start.²	
integer
W
successfulJobsHistoryLimit9int32"$Successful Jobs kept. Defaults to 3.²	
integer
?
suspend4"&When true, later runs are not started.²	
boolean
T
timeZoneH";The time zone of the schedule; the controller's when unset.²
string
Î
!io.k8s.api.batch.v1.CronJobStatus¨" The observed state of a CronJob.²
objectÊ÷
‹
active€"Jobs currently running.²
arrayº4
2
0#/definitions/io.k8s.api.core.v1.ObjectReferenceú#
x-kubernetes-list-type	atomic

m
lastScheduleTimeY
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"When a Job was last scheduled.
x
lastSuccessfulTimeb
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"'When a Job last completed successfully.
É
io.k8s.api.batch.v1.Job­"=A Job runs pods until a number of them complete successfully.²
objectÊŽ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
V
specN
)#/definitions/io.k8s.api.batch.v1.JobSpec"!The desired behaviour of the Job.
q
statusg
+#/definitions/io.k8s.api.batch.v1.JobStatus"8The most recently observed status of the Job. Read-only.úN
x-kubernetes-group-version-kind+)- group: batch
  kind: Job
  version: v1

Ý
 io.k8s.api.batch.v1.JobCondition¸"One condition of a Job.štypešstatus²
objectÊ€
p
lastProbeTime_
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"$When the condition was last checked.
x
lastTransitionTimeb
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"'When the condition last changed status.
F
message;".Human-readable details of the last transition.²
string
B
reason8"+A CamelCase reason for the last transition.²
string
.
status$"True, False or Unknown.²
string
V
typeN"AComplete, Failed, Suspended, FailureTarget or SuccessCriteriaMet.²
string
¡
io.k8s.api.batch.v1.JobList"A list of Job objects.šitems²
objectÊý
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
Q
itemsH"The Job objects.²
arrayº)
'
%#/definitions/io.k8s.api.batch.v1.Job
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úR
x-kubernetes-group-version-kind/-- group: batch
  kind: JobList
  version: v1

Ë	
io.k8s.api.batch.v1.JobSpec«	"The desired behaviour of a Job.štemplate²
objectÊð
l
activeDeadlineSecondsSint64">Seconds the Job may be active before the system terminates it.²	
integer
\
backoffLimitLint32"7Retries before the Job is marked failed. Defaults to 6.²	
integer
?
completionMode-" NonIndexed (default) or Indexed.²
string
b
completionsSint32">Successful pods needed for the Job to complete. Defaults to 1.²	
integer
a
manualSelectorO"AWhether the selector is managed by the user instead of generated.²	
boolean
Q
parallelismBint32"-The most pods running at once. Defaults to 1.²	
integer
|
podFailurePolicyh")Rules that decide how pod failures count.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue


selectorƒ
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"?Selects the Job's pods; generated unless manualSelector is set.
T
suspendI";When true, the Job's pods are not created (or are deleted).²	
boolean
z
templaten
0#/definitions/io.k8s.api.core.v1.PodTemplateSpec":The pods to run; restartPolicy must be Never or OnFailure.
d
ttlSecondsAfterFinishedIint32"4Seconds after the Job finishes before it is deleted.²	
integer
±
io.k8s.api.batch.v1.JobStatus"The observed state of a Job.²
objectÊâ
7
active-int32"Pods pending or running.²	
integer
[
completedIndexesG":Completed indexes of an Indexed Job, as a compressed list.²
string
d
completionTimeR
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"When the Job completed.
¦

conditions—"0The Complete, Failed, Suspended, â€¦ conditions.²
arrayº2
0
.#/definitions/io.k8s.api.batch.v1.JobConditionú#
x-kubernetes-list-type	atomic

>
failed4int32"Pods that reached phase Failed.²	
integer
C
ready:int32"%Active pods with the Ready condition.²	
integer
p
	startTimec
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"(When the Job controller started the Job.
D
	succeeded7int32""Pods that reached phase Succeeded.²	
integer

#io.k8s.api.batch.v1.JobTemplateSpecç"The Job a CronJob creates.²
objectÊ¼
j
metadata^
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"Metadata of the created Jobs.
N
specF
)#/definitions/io.k8s.api.batch.v1.JobSpec"Spec of the created Jobs.
’
 io.k8s.api.coordination.v1.Leaseí"cLease objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
ú^
x-kubernetes-group-version-kind;9- group: coordination.k8s.io
  kind: Lease
  version: v1

Ç
$io.k8s.api.coordination.v1.LeaseListž"A list of Lease objects.šitems²
objectÊˆ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
\
itemsS"The Lease objects.²
arrayº2
0
.#/definitions/io.k8s.api.coordination.v1.Lease
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úb
x-kubernetes-group-version-kind?=- group: coordination.k8s.io
  kind: LeaseList
  version: v1

˜
io.k8s.api.core.v1.Affinityø"8Scheduling constraints relative to nodes and other pods.²
objectÊ¯
b
nodeAffinityR
-#/definitions/io.k8s.api.core.v1.NodeAffinity"!Constraints on the node's labels.
]
podAffinityN
,#/definitions/io.k8s.api.core.v1.PodAffinity"Pods this pod should run near.
j
podAntiAffinityW
0#/definitions/io.k8s.api.core.v1.PodAntiAffinity"#Pods this pod should run away from.
®
io.k8s.api.core.v1.CapabilitiesŠ"9Linux capabilities added to and dropped from a container.²
objectÊÀ
]
addV"Capabilities to add.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

_
dropW"Capabilities to drop.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

ž	
io.k8s.api.core.v1.ConfigMapý"‹A ConfigMap holds non-confidential configuration data as key/value pairs, for pods to consume as environment variables, arguments or files.²
objectÊŒ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
r

binaryDatad"ABinary values, base64-encoded. Keys must not also appear in data.ª
byte²
string²
object
c
data[">UTF-8 values. Keys consist of alphanumerics, '-', '_' and '.'.ª
²
string²
object
n
	immutablea"SWhen true, data and binaryData can no longer be changed; only deletion is possible.²	
boolean
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.úQ
x-kubernetes-group-version-kind.,- group: ""
  kind: ConfigMap
  version: v1

Û
%io.k8s.api.core.v1.ConfigMapEnvSource±"3A ConfigMap used as a set of environment variables.²
objectÊn
+
name#"Name of the ConfigMap.²
string
?
optional3"%Whether the ConfigMap may be missing.²	
boolean
ƒ
'io.k8s.api.core.v1.ConfigMapKeySelector×"Selects one key of a ConfigMap.škey²
objectÊ¡
&
key"The key to select.²
string
+
name#"Name of the ConfigMap.²
string
J
optional>"0Whether the ConfigMap or the key may be missing.²	
boolean
º
 io.k8s.api.core.v1.ConfigMapList•"A list of ConfigMap objects.šitems²
objectÊˆ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
\
itemsS"The ConfigMap objects.²
arrayº.
,
*#/definitions/io.k8s.api.core.v1.ConfigMap
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úU
x-kubernetes-group-version-kind20- group: ""
  kind: ConfigMapList
  version: v1

Ì
(io.k8s.api.core.v1.ConfigMapVolumeSourceŸ"A ConfigMap mounted as files.²
objectÊñ
[
defaultModeLint32"7Permission bits of the created files. Defaults to 0644.²	
integer
£
items™"6Which keys to project, and where; all keys when empty.²
arrayº.
,
*#/definitions/io.k8s.api.core.v1.KeyToPathú#
x-kubernetes-list-type	atomic

+
name#"Name of the ConfigMap.²
string
?
optional3"%Whether the ConfigMap may be missing.²	
boolean
ã
io.k8s.api.core.v1.ContainerÂ"2A single application container that runs in a pod.šname²
objectÊø
¸
args¯"mArguments to the entrypoint; the image's CMD when empty. $(VAR) references are expanded from the environment.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

š
commandŽ"LThe entrypoint array, not run in a shell; the image's ENTRYPOINT when empty.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

Ž
env†"+Environment variables set in the container.²
arrayº+
)
'#/definitions/io.k8s.api.core.v1.EnvVarú'
x-kubernetes-list-map-keys	- name
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keyname
ú'
x-kubernetes-patch-strategymerge

Á
envFromµ"NSources whose keys all become environment variables. Explicit env entries win.²
arrayº2
0
.#/definitions/io.k8s.api.core.v1.EnvFromSourceú#
x-kubernetes-list-type	atomic

/
image&"The container image name.²
string
y
imagePullPolicyf"YAlways, Never or IfNotPresent. Defaults to Always for the :latest tag, else IfNotPresent.²
string
‚
	lifecycleu
*#/definitions/io.k8s.api.core.v1.Lifecycle"GActions run right after the container starts and right before it stops.
‚
livenessProbeq
&#/definitions/io.k8s.api.core.v1.Probe"GA periodic probe of liveness; the container is restarted when it fails.
`
nameX"KThe container's name, a DNS label unique within the pod. Cannot be updated.²
string
â
portsØ"YPorts the container exposes. Informational: any port the process listens on is reachable.²
arrayº2
0
.#/definitions/io.k8s.api.core.v1.ContainerPortú;
x-kubernetes-list-map-keys- containerPort
- protocol
ú 
x-kubernetes-list-typemap
ú0
x-kubernetes-patch-merge-keycontainerPort
ú'
x-kubernetes-patch-strategymerge

•
readinessProbe‚
&#/definitions/io.k8s.api.core.v1.Probe"XA periodic probe of readiness; the pod is removed from service endpoints while it fails.

	resourcest
5#/definitions/io.k8s.api.core.v1.ResourceRequirements";Compute resources the container requests and is limited to.
e
restartPolicyT"GFor init containers only: Always makes it a sidecar that keeps running.²
string
Œ
securityContexty
0#/definitions/io.k8s.api.core.v1.SecurityContext"EContainer-level security options; override the pod's securityContext.
r
startupProbeb
&#/definitions/io.k8s.api.core.v1.Probe"8A probe that must succeed before the other probes start.
L
stdinC"5Allocate a buffer for stdin in the container runtime.²	
boolean
K
	stdinOnce>"0Close stdin after the first attach session ends.²	
boolean
€
terminationMessagePathf"YThe file whose contents become the termination message. Defaults to /dev/termination-log.²
string
Q
terminationMessagePolicy5"(File (default) or FallbackToLogsOnError.²
string
1
tty*"Allocate a TTY; needs stdin.²	
boolean
 
volumeDevicesŽ"!Block devices the container uses.²
arrayº1
/
-#/definitions/io.k8s.api.core.v1.VolumeDeviceú-
x-kubernetes-list-map-keys- devicePath
ú 
x-kubernetes-list-typemap
ú-
x-kubernetes-patch-merge-keydevicePath
ú'
x-kubernetes-patch-strategymerge

«
volumeMountsš"0Volumes mounted into the container's filesystem.²
arrayº0
.
,#/definitions/io.k8s.api.core.v1.VolumeMountú,
x-kubernetes-list-map-keys- mountPath
ú 
x-kubernetes-list-typemap
ú,
x-kubernetes-patch-merge-key
mountPath
ú'
x-kubernetes-patch-strategymerge

Q

workingDirC"6The working directory; the image's default when empty.²
string
í
 io.k8s.api.core.v1.ContainerPortÈ" One network port of a container.šcontainerPort²
objectÊ‡
]
containerPortLint32"7The port number on the pod's IP address, 0 < x < 65536.²	
integer
C
hostIP9",The host IP to bind an exposed host port to.²
string
G
hostPort;int32"&The port number to expose on the host.²	
integer
b
nameZ"MAn IANA_SVC_NAME unique within the pod; services can refer to the port by it.²
string
4
protocol("TCP (default), UDP or SCTP.²
string
°
!io.k8s.api.core.v1.ContainerStateŠ"HThe state of a container: exactly one of waiting, running or terminated.²
objectÊ±
^
runningS
6#/definitions/io.k8s.api.core.v1.ContainerStateRunning"The container is running.
f

terminatedX
9#/definitions/io.k8s.api.core.v1.ContainerStateTerminated"The container has finished.
g
waiting\
6#/definitions/io.k8s.api.core.v1.ContainerStateWaiting""The container has not started yet.
»
(io.k8s.api.core.v1.ContainerStateRunningŽ"A running container.²
objectÊj
h
	startedAt[
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time" When the container last started.
‚
+io.k8s.api.core.v1.ContainerStateTerminatedÒ"A finished container.šexitCode²
objectÊ¡
>
containerID/""The runtime's ID of the container.²
string
A
exitCode5int32" The exit status of the last run.²	
integer
j

finishedAt\
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"!When the container last finished.
8
message-" A message about the termination.²
string
M
reasonC"6A brief reason, such as Completed, Error or OOMKilled.²
string
C
signal9int32"$The signal that ended the container.²	
integer
b
	startedAtU
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"When the last run started.
“
(io.k8s.api.core.v1.ContainerStateWaitingæ"!A container that has not started.²
objectÊ´
I
message>"1A message about why the container is not running.²
string
g
reason]"PA brief reason, such as ContainerCreating, CrashLoopBackOff or ImagePullBackOff.²
string
­
"io.k8s.api.core.v1.ContainerStatus†"$The observed state of one container.šnamešreadyšrestartCountšimagešimageID²
objectÊ¡
P
containerIDA"4The runtime's ID of the container, as <type>://<id>.²
string
3
image*"The image the container runs.²
string
'
imageID"The image's ID.²
string
|
	lastStateo
/#/definitions/io.k8s.api.core.v1.ContainerState"<The state of the previous run, when the container restarted.
*
name""The container's name.²
string
H
ready?"1Whether the container passes its readiness probe.²	
boolean
U
restartCountEint32"0How many times the container has been restarted.²	
integer
H
started="/Whether the container passed its startup probe.²	
boolean
Z
stateQ
/#/definitions/io.k8s.api.core.v1.ContainerState"The container's current state.
¹
'io.k8s.api.core.v1.EmptyDirVolumeSource"5A temporary directory that shares the pod's lifetime.²
objectÊÇ
S
mediumI"<The storage medium: empty for the node's default, or Memory.²
string
p
	sizeLimitc
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"$The most storage the volume may use.
Ö
"io.k8s.api.core.v1.EndpointAddress¯"One endpoint address.šip²
objectÊ„
1
hostname%"The endpoint's hostname.²
string
%
ip"The endpoint's IP.²
string
7
nodeName+"The node hosting the endpoint.²
string
o
	targetRefb
0#/definitions/io.k8s.api.core.v1.ObjectReference".The object behind the endpoint, usually a pod.
³
io.k8s.api.core.v1.EndpointPort"One endpoint port.šport²
objectÊå
5
appProtocol&"The application protocol.²
string
G
name?"2The port's name, matching the service port's name.²
string
-
port%int32"The port number.²	
integer
4
protocol("TCP (default), UDP or SCTP.²
string
œ
!io.k8s.api.core.v1.EndpointSubsetö"%Addresses with a common set of ports.²
objectÊÀ
†
	addressesy"Ready addresses.²
arrayº4
2
0#/definitions/io.k8s.api.core.v1.EndpointAddressú#
x-kubernetes-list-type	atomic

 
notReadyAddressesŠ"!Addresses that are not ready yet.²
arrayº4
2
0#/definitions/io.k8s.api.core.v1.EndpointAddressú#
x-kubernetes-list-type	atomic

‘
ports‡"!Ports available on every address.²
arrayº1
/
-#/definitions/io.k8s.api.core.v1.EndpointPortú#
x-kubernetes-list-type	atomic

£
io.k8s.api.core.v1.Endpoints‚"8Endpoints list the addresses and ports behind a service.²
objectÊå
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
Ÿ
subsets“"+Groups of addresses sharing the same ports.²
arrayº3
1
/#/definitions/io.k8s.api.core.v1.EndpointSubsetú#
x-kubernetes-list-type	atomic
úQ
x-kubernetes-group-version-kind.,- group: ""
  kind: Endpoints
  version: v1

º
 io.k8s.api.core.v1.EndpointsList•"A list of Endpoints objects.šitems²
objectÊˆ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
\
itemsS"The Endpoints objects.²
arrayº.
,
*#/definitions/io.k8s.api.core.v1.Endpoints
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úU
x-kubernetes-group-version-kind20- group: ""
  kind: EndpointsList
  version: v1

Þ
 io.k8s.api.core.v1.EnvFromSource¹">A ConfigMap or Secret whose keys become environment variables.²
objectÊê
]
configMapRefM
3#/definitions/io.k8s.api.core.v1.ConfigMapEnvSource"The ConfigMap to read.
3
prefix)"A prefix added to every key.²
string
T
	secretRefG
0#/definitions/io.k8s.api.core.v1.SecretEnvSource"The Secret to read.
Ú
io.k8s.api.core.v1.EnvVar¼"One environment variable.šname²
objectÊ‹
)
name!"The variable's name.²
string
h
value_"RThe value; $(VAR) references to earlier variables are expanded. Defaults to empty.²
string
t
	valueFromg
-#/definitions/io.k8s.api.core.v1.EnvVarSource"6Where the value comes from; cannot be used with value.
«
io.k8s.api.core.v1.EnvVarSource‡".The source of an environment variable's value.²
objectÊÈ
a
configMapKeyRefN
5#/definitions/io.k8s.api.core.v1.ConfigMapKeySelector"A key of a ConfigMap.

fieldRef€
4#/definitions/io.k8s.api.core.v1.ObjectFieldSelector"HA field of the pod: metadata.name, metadata.namespace, status.podIP, â€¦
y
resourceFieldRefe
6#/definitions/io.k8s.api.core.v1.ResourceFieldSelector"+A resource limit or request of a container.
X
secretKeyRefH
2#/definitions/io.k8s.api.core.v1.SecretKeySelector"A key of a Secret.
Ï
%io.k8s.api.core.v1.EphemeralContainer¥";A temporary container added to a running pod for debugging.šname²
objectÊÒ
¸
args¯"mArguments to the entrypoint; the image's CMD when empty. $(VAR) references are expanded from the environment.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

š
commandŽ"LThe entrypoint array, not run in a shell; the image's ENTRYPOINT when empty.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

Ž
env†"+Environment variables set in the container.²
arrayº+
)
'#/definitions/io.k8s.api.core.v1.EnvVarú'
x-kubernetes-list-map-keys	- name
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keyname
ú'
x-kubernetes-patch-strategymerge

Á
envFromµ"NSources whose keys all become environment variables. Explicit env entries win.²
arrayº2
0
.#/definitions/io.k8s.api.core.v1.EnvFromSourceú#
x-kubernetes-list-type	atomic

/
image&"The container image name.²
string
y
imagePullPolicyf"YAlways, Never or IfNotPresent. Defaults to Always for the :latest tag, else IfNotPresent.²
string
‚
	lifecycleu
*#/definitions/io.k8s.api.core.v1.Lifecycle"GActions run right after the container starts and right before it stops.
‚
livenessProbeq
&#/definitions/io.k8s.api.core.v1.Probe"GA periodic probe of liveness; the container is restarted when it fails.
`
nameX"KThe container's name, a DNS label unique within the pod. Cannot be updated.²
string
â
portsØ"YPorts the container exposes. Informational: any port the process listens on is reachable.²
arrayº2
0
.#/definitions/io.k8s.api.core.v1.ContainerPortú;
x-kubernetes-list-map-keys- containerPort
- protocol
ú 
x-kubernetes-list-typemap
ú0
x-kubernetes-patch-merge-keycontainerPort
ú'
x-kubernetes-patch-strategymerge

•
readinessProbe‚
&#/definitions/io.k8s.api.core.v1.Probe"XA periodic probe of readiness; the pod is removed from service endpoints while it fails.

	resourcest
5#/definitions/io.k8s.api.core.v1.ResourceRequirements";Compute resources the container requests and is limited to.
e
restartPolicyT"GFor init containers only: Always makes it a sidecar that keeps running.²
string
Œ
securityContexty
0#/definitions/io.k8s.api.core.v1.SecurityContext"EContainer-level security options; override the pod's securityContext.
r
startupProbeb
&#/definitions/io.k8s.api.core.v1.Probe"8A probe that must succeed before the other probes start.
L
stdinC"5Allocate a buffer for stdin in the container runtime.²	
boolean
K
	stdinOnce>"0Close stdin after the first attach session ends.²	
boolean
X
targetContainerNameA"4The container whose namespaces this container joins.²
string
€
terminationMessagePathf"YThe file whose contents become the termination message. Defaults to /dev/termination-log.²
string
Q
terminationMessagePolicy5"(File (default) or FallbackToLogsOnError.²
string
1
tty*"Allocate a TTY; needs stdin.²	
boolean
 
volumeDevicesŽ"!Block devices the container uses.²
arrayº1
/
-#/definitions/io.k8s.api.core.v1.VolumeDeviceú-
x-kubernetes-list-map-keys- devicePath
ú 
x-kubernetes-list-typemap
ú-
x-kubernetes-patch-merge-keydevicePath
ú'
x-kubernetes-patch-strategymerge

«
volumeMountsš"0Volumes mounted into the container's filesystem.²
arrayº0
.
,#/definitions/io.k8s.api.core.v1.VolumeMountú,
x-kubernetes-list-map-keys- mountPath
ú 
x-kubernetes-list-typemap
ú,
x-kubernetes-patch-merge-key
mountPath
ú'
x-kubernetes-patch-strategymerge

Q

workingDirC"6The working directory; the image's default when empty.²
string
‹
io.k8s.api.core.v1.Eventî"lAn Event reports something that happened to an object: a scheduling decision, an image pull, a scaling step.šmetadatašinvolvedObject²
objectÊ…
?
action5"(What was done, or failed, to the object.²
string
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
D
count;int32"&How many times the event has occurred.²	
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
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
i
lastTimestampX
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"When the event last occurred.
5
message*"A human-readable description.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
U
reasonK">A short CamelCase reason, such as ScalingReplicaSet or Pulled.²
string
X
relatedM
0#/definitions/io.k8s.api.core.v1.ObjectReference"A second object involved.
I
reportingComponent3"&The controller that emitted the event.²
string
B
reportingInstance-" The instance of that controller.²
string
p
seriesf"'Data about a series of repeated events.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

t
sourcej"+The component and host reporting the event.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

'
type"Normal or Warning.²
stringúM
x-kubernetes-group-version-kind*(- group: ""
  kind: Event
  version: v1

¦
io.k8s.api.core.v1.EventList…"A list of Event objects.šitems²
objectÊ€
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
T
itemsK"The Event objects.²
arrayº*
(
&#/definitions/io.k8s.api.core.v1.Event
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úQ
x-kubernetes-group-version-kind.,- group: ""
  kind: EventList
  version: v1

É
io.k8s.api.core.v1.ExecAction§"#A command run inside the container.²
objectÊt
r
commandg"%The command line; not run in a shell.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

Â
io.k8s.api.core.v1.GRPCAction "A gRPC health check.šport²
objectÊu
-
port%int32"The port number.²	
integer
D
service9",The service name passed to the health check.²
string
â
 io.k8s.api.core.v1.HTTPGetAction½"An HTTP GET request.šport²
objectÊ‘
D
host<"/The host to connect to; defaults to the pod IP.²
string
‰
httpHeadersz"Extra request headers.²
arrayº/
-
+#/definitions/io.k8s.api.core.v1.HTTPHeaderú#
x-kubernetes-list-type	atomic

)
path!"The path to request.²
string
a
portY
=#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString"The port number or name.
/
scheme%"HTTP (default) or HTTPS.²
string
 
io.k8s.api.core.v1.HTTPHeader"One HTTP header.šnamešvalue²
objectÊP
%
name"The header name.²
string
'
value"The header value.²
string
ì
io.k8s.api.core.v1.HostAliasË""An entry for the pod's hosts file.šip²
objectÊ“
m
	hostnames`"Host names for the IP address.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

"
ip"The IP address.²
string
o
io.k8s.api.core.v1.HostIPR"One IP address of a node.šip²
objectÊ$
"
ip"The IP address.²
string

'io.k8s.api.core.v1.HostPathVolumeSourceã"A path on the node.špath²
objectÊ¸
*
path""The path on the node.²
string
‰
type€"sWhat must exist at the path: "", DirectoryOrCreate, Directory, FileOrCreate, File, Socket, CharDevice, BlockDevice.²
string
í
io.k8s.api.core.v1.KeyToPathÌ"Maps one key to a file path.škeyšpath²
objectÊ’
'
key "The key to project.²
string
9
mode1int32"Permission bits of the file.²	
integer
,
path$"The relative file path.²
string
á
io.k8s.api.core.v1.LifecycleÀ"1Hooks the kubelet runs around a container's life.²
objectÊþ
‘
	postStartƒ
1#/definitions/io.k8s.api.core.v1.LifecycleHandler"NRuns right after the container is created; the container restarts if it fails.
h
preStop]
1#/definitions/io.k8s.api.core.v1.LifecycleHandler"(Runs before the container is terminated.
À
#io.k8s.api.core.v1.LifecycleHandler˜"One action of a lifecycle hook.²
objectÊè
F
exec>
+#/definitions/io.k8s.api.core.v1.ExecAction"Runs a command.
O
httpGetD
.#/definitions/io.k8s.api.core.v1.HTTPGetAction"Sends an HTTP GET.
g
sleep^"Sleeps for a number of seconds.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

d
	tcpSocketW
0#/definitions/io.k8s.api.core.v1.TCPSocketAction"#Deprecated; kept for compatibility.
·
&io.k8s.api.core.v1.LoadBalancerIngressŒ"%One ingress point of a load balancer.²
objectÊÖ
3
hostname'"A DNS-based ingress point.²
string
-
ip'"An IP-based ingress point.²
string
P
ipModeF"9How traffic to the IP reaches the backends: VIP or Proxy.²
string

ports“"The ports of the ingress point.²
arrayº?
=²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
ú#
x-kubernetes-list-type	atomic

ø
%io.k8s.api.core.v1.LoadBalancerStatusÎ"The status of a load balancer.²
objectÊŸ
œ
ingress"#The load balancer's ingress points.²
arrayº8
6
4#/definitions/io.k8s.api.core.v1.LoadBalancerIngressú#
x-kubernetes-list-type	atomic

Ÿ
'io.k8s.api.core.v1.LocalObjectReferencet"8A reference to an object in the same namespace, by name.²
objectÊ,
*
name""Name of the referent.²
string
Ä
io.k8s.api.core.v1.Namespace£"CA Namespace is a scope for names: most objects live in exactly one.²
objectÊû
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
U
specM
.#/definitions/io.k8s.api.core.v1.NamespaceSpec"The namespace's finalizers.
_
statusU
0#/definitions/io.k8s.api.core.v1.NamespaceStatus"!The namespace's phase. Read-only.úQ
x-kubernetes-group-version-kind.,- group: ""
  kind: Namespace
  version: v1

º
 io.k8s.api.core.v1.NamespaceList•"A list of Namespace objects.šitems²
objectÊˆ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
\
itemsS"The Namespace objects.²
arrayº.
,
*#/definitions/io.k8s.api.core.v1.Namespace
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úU
x-kubernetes-group-version-kind20- group: ""
  kind: NamespaceList
  version: v1

ã
 io.k8s.api.core.v1.NamespaceSpec¾"The attributes of a namespace.²
objectÊ
Œ

finalizers~"<Components that must finish before the namespace is removed.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

¤
"io.k8s.api.core.v1.NamespaceStatusý""The observed state of a namespace.²
objectÊÊ
™

conditionsŠ"The namespace's conditions.²
arrayº?
=²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
ú'
x-kubernetes-list-map-keys	- type
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keytype
ú'
x-kubernetes-patch-strategymerge

,
phase#"Active or Terminating.²
string
ö
io.k8s.api.core.v1.NodeÚ"bNode objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
úL
x-kubernetes-group-version-kind)'- group: ""
  kind: Node
  version: v1

á
io.k8s.api.core.v1.NodeAffinity½"Node affinity rules.²
objectÊ˜
ñ
/preferredDuringSchedulingIgnoredDuringExecution½"LWeighted preferences; the scheduler favours nodes that satisfy more of them.²
arrayº<
:
8#/definitions/io.k8s.api.core.v1.PreferredSchedulingTermú#
x-kubernetes-list-type	atomic

¡
.requiredDuringSchedulingIgnoredDuringExecutiono
-#/definitions/io.k8s.api.core.v1.NodeSelector">Rules a node must satisfy for the pod to be scheduled onto it.
¡
io.k8s.api.core.v1.NodeList"A list of Node objects.šitems²
objectÊþ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
R
itemsI"The Node objects.²
arrayº)
'
%#/definitions/io.k8s.api.core.v1.Node
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úP
x-kubernetes-group-version-kind-+- group: ""
  kind: NodeList
  version: v1

‰
io.k8s.api.core.v1.NodeSelectorå"A union of node selector terms.šnodeSelectorTerms²
objectÊ¡
ž
nodeSelectorTermsˆ"The terms; any one must match.²
arrayº5
3
1#/definitions/io.k8s.api.core.v1.NodeSelectorTermú#
x-kubernetes-list-type	atomic

à
*io.k8s.api.core.v1.NodeSelectorRequirement±")One requirement on a node label or field.škeyšoperator²
objectÊæ
+
key$"The label or field key.²
string
C
operator7"*In, NotIn, Exists, DoesNotExist, Gt or Lt.²
string
r
valuesh"&The values the operator compares with.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

¬
#io.k8s.api.core.v1.NodeSelectorTerm„".Requirements on node labels and fields, ANDed.²
objectÊÅ
¢
matchExpressions"Requirements on node labels.²
arrayº<
:
8#/definitions/io.k8s.api.core.v1.NodeSelectorRequirementú#
x-kubernetes-list-type	atomic


matchFields"Requirements on node fields.²
arrayº<
:
8#/definitions/io.k8s.api.core.v1.NodeSelectorRequirementú#
x-kubernetes-list-type	atomic

í
&io.k8s.api.core.v1.ObjectFieldSelectorÂ"Selects a field of the pod.š	fieldPath²
objectÊŠ
V

apiVersionH";The schema version fieldPath is written in. Defaults to v1.²
string
0
	fieldPath#"The path of the field.²
string
ù
"io.k8s.api.core.v1.ObjectReferenceÒ"7A reference to any object, by kind, namespace and name.²
objectÊŠ
7

apiVersion)"API version of the referent.²
string
U
	fieldPathH";A field inside the referent, such as spec.containers{name}.²
string
*
kind""Kind of the referent.²
string
*
name""Name of the referent.²
string
4
	namespace'"Namespace of the referent.²
string
@
resourceVersion-" The referent's resource version.²
string
(
uid!"UID of the referent.²
string
í
4io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource´"'A reference to a PersistentVolumeClaim.š	claimName²
objectÊq
C
	claimName6")Name of the claim in the pod's namespace.²
string
*
readOnly"Mount read-only.²	
boolean
À
io.k8s.api.core.v1.Pod¥"ŸA Pod is a group of containers that run together on one node, sharing network and storage. Created directly or by a workload controller (Deployment, Job, â€¦).²
objectÊ¦
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
U
specM
(#/definitions/io.k8s.api.core.v1.PodSpec"!The desired behaviour of the pod.
‰
status
*#/definitions/io.k8s.api.core.v1.PodStatus"QThe most recently observed state of the pod. Read-only; maintained by the system.úK
x-kubernetes-group-version-kind(&- group: ""
  kind: Pod
  version: v1

¼
io.k8s.api.core.v1.PodAffinity™"Pod affinity rules.²
objectÊõ
º
/preferredDuringSchedulingIgnoredDuringExecution†"Weighted preferences.²
arrayº<
:
8#/definitions/io.k8s.api.core.v1.WeightedPodAffinityTermú#
x-kubernetes-list-type	atomic

µ
.requiredDuringSchedulingIgnoredDuringExecution‚"Terms that must all hold.²
arrayº4
2
0#/definitions/io.k8s.api.core.v1.PodAffinityTermú#
x-kubernetes-list-type	atomic

‡
"io.k8s.api.core.v1.PodAffinityTermà"jPods (selected by labels, in some namespaces) that must or must not share a topology domain with this pod.štopologyKey²
objectÊ×
f
labelSelectorU
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"Selects the pods.
‹
namespaceSelectorv
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"2Selects the namespaces the pods are looked for in.
—

namespacesˆ"FNamespaces the pods are looked for in; the pod's namespace when empty.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

E
topologyKey6")The node label key that defines a domain.²
string
Å
"io.k8s.api.core.v1.PodAntiAffinityž"Pod anti-affinity rules.²
objectÊõ
º
/preferredDuringSchedulingIgnoredDuringExecution†"Weighted preferences.²
arrayº<
:
8#/definitions/io.k8s.api.core.v1.WeightedPodAffinityTermú#
x-kubernetes-list-type	atomic

µ
.requiredDuringSchedulingIgnoredDuringExecution‚"Terms that must all hold.²
arrayº4
2
0#/definitions/io.k8s.api.core.v1.PodAffinityTermú#
x-kubernetes-list-type	atomic

ä
io.k8s.api.core.v1.PodConditionÀ"One condition of a pod.štypešstatus²
objectÊˆ
o
lastProbeTime^
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"#When the condition was last probed.
x
lastTransitionTimeb
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"'When the condition last changed status.
F
message;".Human-readable details of the last transition.²
string
B
reason8"+A CamelCase reason for the last transition.²
string
.
status$"True, False or Unknown.²
string
_
typeW"JThe condition's type: PodScheduled, Initialized, ContainersReady or Ready.²
string
m
io.k8s.api.core.v1.PodIPQ"One IP address of a pod.šip²
objectÊ$
"
ip"The IP address.²
string
œ
io.k8s.api.core.v1.PodListý"A list of Pod objects.šitems²
objectÊü
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
P
itemsG"The Pod objects.²
arrayº(
&
$#/definitions/io.k8s.api.core.v1.Pod
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úO
x-kubernetes-group-version-kind,*- group: ""
  kind: PodList
  version: v1

¸
%io.k8s.api.core.v1.PodSecurityContextŽ"0Security attributes that apply to the whole pod.²
objectÊÍ
Q
fsGroupFint64"1A supplemental group that owns the pod's volumes.²	
integer
_
fsGroupChangePolicyH";When volume ownership is changed: OnRootMismatch or Always.²
string
P

runAsGroupBint64"-The primary group of the container processes.²	
integer
O
runAsNonRoot?"1Require the containers to run as a non-root user.²	
boolean
M
	runAsUser@int64"+The user ID the container processes run as.²	
integer
w
seLinuxOptionse"&The SELinux context of the containers.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

w
seccompProfilee"&The seccomp profile of the containers.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

Œ
supplementalGroupsv",Extra groups of the first container process.²
arrayº
int64²	
integerú#
x-kubernetes-list-type	atomic

£
sysctls—"#Namespaced sysctls set for the pod.²
arrayº?
=²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
ú#
x-kubernetes-list-type	atomic

¿,
io.k8s.api.core.v1.PodSpec ,"MThe description of a pod: its containers, volumes and scheduling constraints.š
containers²
objectÊµ+
‡
activeDeadlineSecondsnint64"YSeconds the pod may stay active on its node before the system fails it. Must be positive.²	
integer
v
affinityj
)#/definitions/io.k8s.api.core.v1.Affinity"=Node affinity and pod (anti-)affinity scheduling constraints.
g
automountServiceAccountTokenG"9Whether a service account token is mounted automatically.²	
boolean
À

containers±"SThe containers of the pod. At least one. Cannot be added or removed after creation.²
arrayº.
,
*#/definitions/io.k8s.api.core.v1.Containerú'
x-kubernetes-list-map-keys	- name
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keyname
ú'
x-kubernetes-patch-strategymerge

’
	dnsConfig„"EExtra DNS settings merged into the pod's generated DNS configuration.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

w
	dnsPolicyj"]How the pod resolves names: ClusterFirst (default), ClusterFirstWithHostNet, Default or None.²
string
€
enableServiceLinksj"\Whether information about services is injected into environment variables. Defaults to true.²	
boolean
×
ephemeralContainers¿"XDebugging containers added to a running pod through the ephemeralcontainers subresource.²
arrayº7
5
3#/definitions/io.k8s.api.core.v1.EphemeralContainerú'
x-kubernetes-list-map-keys	- name
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keyname
ú'
x-kubernetes-patch-strategymerge

‘
hostAliases"'Extra entries for the pod's hosts file.²
arrayº.
,
*#/definitions/io.k8s.api.core.v1.HostAliasú%
x-kubernetes-list-map-keys- ip
ú 
x-kubernetes-list-typemap
ú%
x-kubernetes-patch-merge-keyip
ú'
x-kubernetes-patch-strategymerge

I
hostIPC>"0Use the host's IPC namespace. Defaults to false.²	
boolean
y
hostNetworkj"\Use the host's network namespace; the pod's ports are opened on the node. Defaults to false.²	
boolean
M
hostPIDB"4Use the host's process namespace. Defaults to false.²	
boolean
K
	hostUsers>"0Use the host's user namespace. Defaults to true.²	
boolean
F
hostname:"-The pod's hostname; defaults to the pod name.²
string
´
imagePullSecretsŸ"6Secrets in the same namespace used to pull the images.²
arrayº9
7
5#/definitions/io.k8s.api.core.v1.LocalObjectReferenceú'
x-kubernetes-list-map-keys	- name
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keyname
ú'
x-kubernetes-patch-strategymerge

¹
initContainers¦"HContainers run to completion, in order, before the app containers start.²
arrayº.
,
*#/definitions/io.k8s.api.core.v1.Containerú'
x-kubernetes-list-map-keys	- name
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keyname
ú'
x-kubernetes-patch-strategymerge

l
nodeName`"SThe node the pod is bound to. Set by the scheduler, or directly to skip scheduling.²
string
i
nodeSelectorY"<Labels a node must have for the pod to be scheduled onto it.ª
²
string²
object
…
os"@The operating system of the containers (name: linux or windows).²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

¤
overhead—"HResources used by the pod's sandbox, on top of the containers' requests.ª?
=
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity²
object
z
preemptionPolicyf"YWhether the pod may preempt lower-priority pods: PreemptLowerPriority (default) or Never.²
string
b
priorityVint32"AThe pod's priority, resolved from priorityClassName by admission.²	
integer
T
priorityClassName?"2The PriorityClass that gives the pod its priority.²
string
œ
readinessGates‰";Extra conditions that must be True for the pod to be ready.²
arrayº?
=²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

e
restartPolicyT"GRestart policy of all containers: Always (default), OnFailure or Never.²
string
F
runtimeClassName2"%The RuntimeClass used to run the pod.²
string
^
schedulerNameM"@The scheduler that places the pod; default-scheduler when empty.²
string
†
securityContexts
3#/definitions/io.k8s.api.core.v1.PodSecurityContext"<Pod-level security attributes and common container settings.
F
serviceAccount4"'Deprecated alias of serviceAccountName.²
string
F
serviceAccountName0"#The ServiceAccount the pod runs as.²
string
]
setHostnameAsFQDNH":Set the pod's hostname to its fully qualified domain name.²	
boolean
e
shareProcessNamespaceL">Share one process namespace between all containers of the pod.²	
boolean
x
	subdomaink"^With hostname, gives the pod the name <hostname>.<subdomain>.<namespace>.svc.<cluster domain>.²
string
Š
terminationGracePeriodSecondsiint64"TSeconds the pod has to stop gracefully after the termination signal. Defaults to 30.²	
integer
Œ
tolerations}"Taints the pod tolerates.²
arrayº/
-
+#/definitions/io.k8s.api.core.v1.Tolerationú#
x-kubernetes-list-type	atomic

ä
topologySpreadConstraintsÆ"7How the pods of a group spread across topology domains.²
arrayº=
;
9#/definitions/io.k8s.api.core.v1.TopologySpreadConstraintúB
x-kubernetes-list-map-keys$"- topologyKey
- whenUnsatisfiable
ú 
x-kubernetes-list-typemap
ú.
x-kubernetes-patch-merge-keytopologyKey
ú'
x-kubernetes-patch-strategymerge

 
volumes”",Volumes the containers of the pod can mount.²
arrayº+
)
'#/definitions/io.k8s.api.core.v1.Volumeú'
x-kubernetes-list-map-keys	- name
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keyname
ú4
x-kubernetes-patch-strategy"merge,retainKeys"

‘
io.k8s.api.core.v1.PodStatusð"The observed state of a pod.²
objectÊÃ
Ä

conditionsµ"TCurrent service state of the pod: PodScheduled, Initialized, ContainersReady, Ready.²
arrayº1
/
-#/definitions/io.k8s.api.core.v1.PodConditionú'
x-kubernetes-list-map-keys	- type
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keytype
ú'
x-kubernetes-patch-strategymerge

£
containerStatuses"$One entry per container of the spec.²
arrayº4
2
0#/definitions/io.k8s.api.core.v1.ContainerStatusú#
x-kubernetes-list-type	atomic

ª
ephemeralContainerStatuses‹""One entry per ephemeral container.²
arrayº4
2
0#/definitions/io.k8s.api.core.v1.ContainerStatusú#
x-kubernetes-list-type	atomic

>
hostIP4"'IP address of the node the pod runs on.²
string
”
hostIPsˆ"(IP addresses of the node, IPv4 and IPv6.²
arrayº+
)
'#/definitions/io.k8s.api.core.v1.HostIPú#
x-kubernetes-list-type	atomic

 
initContainerStatuses†"One entry per init container.²
arrayº4
2
0#/definitions/io.k8s.api.core.v1.ContainerStatusú#
x-kubernetes-list-type	atomic

T
messageI"<A human-readable message on why the pod is in its condition.²
string
Z
nominatedNodeNameE"8The node the pod is expected to run on after preemption.²
string
h
phase_"RWhere the pod is in its lifecycle: Pending, Running, Succeeded, Failed or Unknown.²
string
A
podIP8"+The pod's IP address; empty until assigned.²
string

podIPs…"/The pod's IP addresses; the first equals podIP.²
arrayº*
(
&#/definitions/io.k8s.api.core.v1.PodIPú%
x-kubernetes-list-map-keys- ip
ú 
x-kubernetes-list-typemap
ú%
x-kubernetes-patch-merge-keyip
ú'
x-kubernetes-patch-strategymerge

[
qosClassO"BThe quality of service class: Guaranteed, Burstable or BestEffort.²
string
U
reasonK">A brief CamelCase reason for the pod's state, such as Evicted.²
string
†
	startTimey
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time">When the node acknowledged the pod, before images were pulled.
æ
"io.k8s.api.core.v1.PodTemplateSpec¿"@The pods a workload controller creates: their metadata and spec.²
objectÊî
œ
metadata
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"NMetadata of the created pods; its labels must match the controller's selector.
M
specE
(#/definitions/io.k8s.api.core.v1.PodSpec"Spec of the created pods.
ý
*io.k8s.api.core.v1.PreferredSchedulingTermÎ"A weighted node selector term.šweightš
preference²
objectÊ‰
L

preference>
1#/definitions/io.k8s.api.core.v1.NodeSelectorTerm"	The term.
9
weight/int32"Weight in the range 1-100.²	
integer
Ö
io.k8s.api.core.v1.Probe¹"'A health check run against a container.²
objectÊ
`
execX
+#/definitions/io.k8s.api.core.v1.ExecAction")Runs a command; exit status 0 is success.
r
failureThreshold^int32"IConsecutive failures after a success that count as failed. Defaults to 3.²	
integer
U
grpcM
+#/definitions/io.k8s.api.core.v1.GRPCAction"Calls the gRPC health service.
o
httpGetd
.#/definitions/io.k8s.api.core.v1.HTTPGetAction"2Sends an HTTP GET; a 2xx or 3xx status is success.
f
initialDelaySecondsOint32":Seconds after the container starts before the first probe.²	
integer
M
periodSeconds<int32"'Seconds between probes. Defaults to 10.²	
integer
t
successThreshold`int32"KConsecutive successes after a failure that count as success. Defaults to 1.²	
integer
X
	tcpSocketK
0#/definitions/io.k8s.api.core.v1.TCPSocketAction"Opens a TCP connection.
€
terminationGracePeriodSeconds_int64"JGrace period for the container when the probe fails, overriding the pod's.²	
integer
W
timeoutSecondsEint32"0Seconds before a probe times out. Defaults to 1.²	
integer
©
(io.k8s.api.core.v1.ReplicationControllerü"sReplicationController objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
ú]
x-kubernetes-group-version-kind:8- group: ""
  kind: ReplicationController
  version: v1

ö
,io.k8s.api.core.v1.ReplicationControllerListÅ"(A list of ReplicationController objects.šitems²
objectÊ 
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
t
itemsk""The ReplicationController objects.²
arrayº:
8
6#/definitions/io.k8s.api.core.v1.ReplicationController
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úa
x-kubernetes-group-version-kind><- group: ""
  kind: ReplicationControllerList
  version: v1

æ
 io.k8s.api.core.v1.ResourceClaimÁ"+A reference to a resource claim of the pod.šname²
objectÊ
F
name>"1The name of an entry in the pod's resourceClaims.²
string
5
request*"The request within the claim.²
string
€
(io.k8s.api.core.v1.ResourceFieldSelectorÓ"CSelects a resource of a container: limits.cpu, requests.memory, â€¦šresource²
objectÊô
B
containerName1"$The container; required for volumes.²
string
|
divisorq
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"2The unit the value is expressed in. Defaults to 1.
0
resource$"The resource to select.²
string
„
'io.k8s.api.core.v1.ResourceRequirementsØ"9Compute resources a container requests and is limited to.²
objectÊŽ
Ì
claimsÁ"3Dynamically allocated resources the container uses.²
arrayº2
0
.#/definitions/io.k8s.api.core.v1.ResourceClaimú'
x-kubernetes-list-map-keys	- name
ú 
x-kubernetes-list-typemap

‰
limits"0The most of each resource the container may use.ª?
=
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity²
object
°
requests£"TThe least of each resource the container needs; defaults to the limits when omitted.ª?
=
;#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity²
object
×	
io.k8s.api.core.v1.Secret¹	"VA Secret holds sensitive data such as passwords, tokens and keys, for pods to consume.²
objectÊ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
M
dataE""The secret values, base64-encoded.ª
byte²
string²
object
_
	immutableR"DWhen true, data can no longer be changed; only deletion is possible.²	
boolean
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
o

stringDataa"DWrite-only convenience: plain-text values merged into data on write.ª
²
string²
object
š
type‘"ƒHow the data is used: Opaque (default), kubernetes.io/tls, kubernetes.io/dockerconfigjson, kubernetes.io/service-account-token, â€¦²
stringúN
x-kubernetes-group-version-kind+)- group: ""
  kind: Secret
  version: v1

Ï
"io.k8s.api.core.v1.SecretEnvSource¨"0A Secret used as a set of environment variables.²
objectÊh
(
name "Name of the Secret.²
string
<
optional0""Whether the Secret may be missing.²	
boolean
÷
$io.k8s.api.core.v1.SecretKeySelectorÎ"Selects one key of a Secret.škey²
objectÊ›
&
key"The key to select.²
string
(
name "Name of the Secret.²
string
G
optional;"-Whether the Secret or the key may be missing.²	
boolean
«
io.k8s.api.core.v1.SecretList‰"A list of Secret objects.šitems²
objectÊ‚
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
V
itemsM"The Secret objects.²
arrayº+
)
'#/definitions/io.k8s.api.core.v1.Secret
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úR
x-kubernetes-group-version-kind/-- group: ""
  kind: SecretList
  version: v1

Æ
%io.k8s.api.core.v1.SecretVolumeSourceœ"A Secret mounted as files.²
objectÊñ
[
defaultModeLint32"7Permission bits of the created files. Defaults to 0644.²	
integer
£
items™"6Which keys to project, and where; all keys when empty.²
arrayº.
,
*#/definitions/io.k8s.api.core.v1.KeyToPathú#
x-kubernetes-list-type	atomic

<
optional0""Whether the Secret may be missing.²	
boolean
.

secretName "Name of the Secret.²
string
ÿ
"io.k8s.api.core.v1.SecurityContextØ""Security options of one container.²
objectÊ¥
e
allowPrivilegeEscalationI";Whether a process can gain more privileges than its parent.²	
boolean
d
capabilitiesT
-#/definitions/io.k8s.api.core.v1.Capabilities"#Linux capabilities to add and drop.
a

privilegedS"ERun as privileged: equivalent to root on the host. Defaults to false.²	
boolean
G
	procMount:"-The kind of /proc mount: Default or Unmasked.²
string
L
readOnlyRootFilesystem2"$Mount the root filesystem read-only.²	
boolean
N

runAsGroup@int64"+The primary group of the container process.²	
integer
N
runAsNonRoot>"0Require the container to run as a non-root user.²	
boolean
L
	runAsUser?int64"*The user ID the container process runs as.²	
integer
v
seLinuxOptionsd"%The SELinux context of the container.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

v
seccompProfiled"%The seccomp profile of the container.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

—
io.k8s.api.core.v1.Serviceø"yA Service gives a set of pods (selected by labels) one stable virtual IP and DNS name, and load-balances traffic to them.²
objectÊœ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
]
specU
,#/definitions/io.k8s.api.core.v1.ServiceSpec"%The desired behaviour of the service.
x
statusn
.#/definitions/io.k8s.api.core.v1.ServiceStatus"<The most recently observed status of the service. Read-only.úO
x-kubernetes-group-version-kind,*- group: ""
  kind: Service
  version: v1

 

!io.k8s.api.core.v1.ServiceAccountú	"?A ServiceAccount is an identity for processes that run in pods.²
objectÊÑ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
w
automountServiceAccountTokenW"IWhether pods running as this account get an API token mounted by default.²	
boolean
¿
imagePullSecretsª"<Secrets used to pull images of pods running as this account.²
arrayº9
7
5#/definitions/io.k8s.api.core.v1.LocalObjectReferenceú#
x-kubernetes-list-type	atomic

£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
Ð
secretsÄ"-Secrets pods running as this account may use.²
arrayº4
2
0#/definitions/io.k8s.api.core.v1.ObjectReferenceú'
x-kubernetes-patch-merge-keyname
ú'
x-kubernetes-patch-strategymerge
úV
x-kubernetes-group-version-kind31- group: ""
  kind: ServiceAccount
  version: v1

Ó
%io.k8s.api.core.v1.ServiceAccountList©"!A list of ServiceAccount objects.šitems²
objectÊ’
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
f
items]"The ServiceAccount objects.²
arrayº3
1
/#/definitions/io.k8s.api.core.v1.ServiceAccount
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úZ
x-kubernetes-group-version-kind75- group: ""
  kind: ServiceAccountList
  version: v1

°
io.k8s.api.core.v1.ServiceList"A list of Service objects.šitems²
objectÊ„
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
X
itemsO"The Service objects.²
arrayº,
*
(#/definitions/io.k8s.api.core.v1.Service
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úS
x-kubernetes-group-version-kind0.- group: ""
  kind: ServiceList
  version: v1

ó
io.k8s.api.core.v1.ServicePortÐ"One port of a service.šport²
objectÊ¢
A
appProtocol2"%The application protocol of the port.²
string
_
nameW"JThe port's name, a DNS label; required when the service has several ports.²
string
u
nodePortiint32"TThe port on every node for NodePort and LoadBalancer services; allocated when empty.²	
integer
=
port5int32" The port the service listens on.²	
integer
4
protocol("TCP (default), UDP or SCTP.²
string


targetPort€
=#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString"?The port number or name on the selected pods. Defaults to port.
”
io.k8s.api.core.v1.ServiceSpecñ"The attributes of a service.²
objectÊÄ
}
allocateLoadBalancerNodePorts\"NWhether node ports are allocated for a LoadBalancer service. Defaults to true.²	
boolean

	clusterIP"The virtual IP of the service, allocated by the server when empty; "None" makes a headless service. Cannot be changed afterwards.²
string
š

clusterIPs‹"IThe service's virtual IPs, one per IP family; the first equals clusterIP.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

‰
externalIPsz"8Extra IPs on which nodes accept traffic for the service.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

b
externalNameR"EFor type ExternalName: the DNS name the service's name is a CNAME of.²
string
q
externalTrafficPolicyX"KHow traffic from outside the cluster is routed: Cluster (default) or Local.²
string
p
internalTrafficPolicyW"JHow traffic from inside the cluster is routed: Cluster (default) or Local.²
string
{

ipFamiliesm"+The IP families of the service: IPv4, IPv6.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

Z
ipFamilyPolicyH";SingleStack (default), PreferDualStack or RequireDualStack.²
string
Y
loadBalancerClassD"7The load balancer implementation for type LoadBalancer.²
string
H
loadBalancerIP6")Deprecated: a requested load balancer IP.²
string

loadBalancerSourceRangesq"/Client CIDRs allowed through the load balancer.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

“
ports‰"The ports the service exposes.²
arrayº0
.
,#/definitions/io.k8s.api.core.v1.ServicePortú2
x-kubernetes-list-map-keys- port
- protocol
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keyport
ú'
x-kubernetes-patch-strategymerge

W
publishNotReadyAddresses;"-Publish addresses of pods that are not ready.²	
boolean
•
selectorˆ"kPods with these labels receive the service's traffic. Without a selector, endpoints are managed externally.ª
²
string²
object
;
sessionAffinity("ClientIP or None (default).²
string

sessionAffinityConfigf"'Settings of client-IP session affinity.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

o
trafficDistributionX"KA preference for how traffic is spread over endpoints, such as PreferClose.²
string
m
typee"XHow the service is exposed: ClusterIP (default), NodePort, LoadBalancer or ExternalName.²
string
ì
 io.k8s.api.core.v1.ServiceStatusÇ"!The observed status of a service.²
objectÊ•
¤

conditions•"&The current conditions of the service.²
arrayº?
=²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
ú'
x-kubernetes-list-map-keys	- type
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keytype
ú'
x-kubernetes-patch-strategymerge

l
loadBalancer\
3#/definitions/io.k8s.api.core.v1.LoadBalancerStatus"%The load balancer, when there is one.

"io.k8s.api.core.v1.TCPSocketActionÚ"A TCP connection attempt.šport²
objectÊ©
D
host<"/The host to connect to; defaults to the pod IP.²
string
a
portY
=#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString"The port number or name.
¤
io.k8s.api.core.v1.Toleration‚"9Lets a pod be scheduled onto nodes with a matching taint.²
objectÊ¸
o
effecte"XThe taint effect to match: NoSchedule, PreferNoSchedule or NoExecute; empty matches all.²
string
[
keyT"GThe taint key to match; empty with operator Exists matches every taint.²
string
3
operator'"Exists or Equal (default).²
string
n
tolerationSecondsYint64"DFor NoExecute: how long the pod stays bound after the taint appears.²	
integer
C
value:"-The taint value to match with operator Equal.²
string
Ò
+io.k8s.api.core.v1.TopologySpreadConstraint¢"4How pods matching a selector spread over a topology.šmaxSkewštopologyKeyšwhenUnsatisfiable²
objectÊ±
}
labelSelectorl
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"(Selects the pods counted in each domain.

matchLabelKeysŠ"HLabel keys whose values from the incoming pod are added to the selector.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

d
maxSkewYint32"DThe largest allowed difference in matching pods between two domains.²	
integer
J

minDomains<int32"'The minimum number of eligible domains.²	
integer
j
nodeAffinityPolicyT"GWhether node affinity is honoured when computing skew: Honor or Ignore.²
string
g
nodeTaintsPolicyS"FWhether node taints are honoured when computing skew: Honor or Ignore.²
string
E
topologyKey6")The node label key that defines a domain.²
string
B
whenUnsatisfiable-" DoNotSchedule or ScheduleAnyway.²
string
Ä
,io.k8s.api.core.v1.TypedLocalObjectReference“"LA reference to an object in the same namespace, by API group, kind and name.škindšname²
objectÊ¨
N
apiGroupB"5API group of the referent; the core group when empty.²
string
*
kind""Kind of the referent.²
string
*
name""Name of the referent.²
string
ß	
io.k8s.api.core.v1.VolumeÁ	"QA named volume in a pod that its containers can mount. Exactly one source is set.šname²
objectÊØ
h
	configMap[
6#/definitions/io.k8s.api.core.v1.ConfigMapVolumeSource"!The keys of a ConfigMap as files.
h
csia""A volume provided by a CSI driver.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

b
downwardAPIS"Pod fields as files.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

v
emptyDirj
5#/definitions/io.k8s.api.core.v1.EmptyDirVolumeSource"1An empty directory that lives as long as the pod.
e
hostPathY
5#/definitions/io.k8s.api.core.v1.HostPathVolumeSource" A file or directory of the node.
J
nameB"5The volume's name, a DNS label unique within the pod.²
string
S
nfsL"An NFS mount.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

Ž
persistentVolumeClaimu
B#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource"/A PersistentVolumeClaim in the pod's namespace.
«
	projected"^Several sources (secrets, config maps, downward API, service account tokens) in one directory.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

_
secretU
3#/definitions/io.k8s.api.core.v1.SecretVolumeSource"The keys of a Secret as files.
‡
io.k8s.api.core.v1.VolumeDeviceã"+A raw block volume mapped into a container.šnameš
devicePath²
objectÊ“
G

devicePath9",The path of the device inside the container.²
string
H
name@"3The name of the pod's persistentVolumeClaim volume.²
string
Ì
io.k8s.api.core.v1.VolumeMount©""A volume mounted into a container.šnameš	mountPath²
objectÊã
N
	mountPathA"4The path inside the container; must not contain ':'.²
string
y
mountPropagatione"XHow mounts propagate between host and container: None, HostToContainer or Bidirectional.²
string
0
name("The name of the pod volume.²
string
=
readOnly1"#Mount read-only. Defaults to false.²	
boolean
N
subPathC"6A path inside the volume to mount instead of its root.²
string
U
subPathExprF"9Like subPath, with $(VAR) expansion from the environment.²
string
…
*io.k8s.api.core.v1.WeightedPodAffinityTermÖ"A weighted pod affinity term.šweightšpodAffinityTerm²
objectÊ
P
podAffinityTerm=
0#/definitions/io.k8s.api.core.v1.PodAffinityTerm"	The term.
9
weight/int32"Weight in the range 1-100.²	
integer
¤
%io.k8s.api.discovery.v1.EndpointSliceú"kEndpointSlice objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
úc
x-kubernetes-group-version-kind@>- group: discovery.k8s.io
  kind: EndpointSlice
  version: v1

æ
)io.k8s.api.discovery.v1.EndpointSliceList¸" A list of EndpointSlice objects.šitems²
objectÊ•
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
i
items`"The EndpointSlice objects.²
arrayº7
5
3#/definitions/io.k8s.api.discovery.v1.EndpointSlice
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úg
x-kubernetes-group-version-kindDB- group: discovery.k8s.io
  kind: EndpointSliceList
  version: v1

†
io.k8s.api.events.v1.Eventç"cEvent objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
úX
x-kubernetes-group-version-kind53- group: events.k8s.io
  kind: Event
  version: v1

µ
io.k8s.api.events.v1.EventList’"A list of Event objects.šitems²
objectÊ‚
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
V
itemsM"The Event objects.²
arrayº,
*
(#/definitions/io.k8s.api.events.v1.Event
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.ú\
x-kubernetes-group-version-kind97- group: events.k8s.io
  kind: EventList
  version: v1

…
(io.k8s.api.networking.v1.HTTPIngressPathØ"&One path and the backend it routes to.špathTypešbackend²
objectÊŒ
_
backendT
5#/definitions/io.k8s.api.networking.v1.IngressBackend"Where matching requests go.
Q
pathI"<The path to match; must begin with '/' for Prefix and Exact.²
string
V
pathTypeJ"=How path is matched: Exact, Prefix or ImplementationSpecific.²
string
é
-io.k8s.api.networking.v1.HTTPIngressRuleValue·"Paths mapped to backends.špaths²
objectÊ…
‚
pathsy"
The paths.²
arrayº:
8
6#/definitions/io.k8s.api.networking.v1.HTTPIngressPathú#
x-kubernetes-list-type	atomic

ë
 io.k8s.api.networking.v1.IngressÆ"HAn Ingress routes external HTTP(S) traffic to services by host and path.²
objectÊŒ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
W
specO
2#/definitions/io.k8s.api.networking.v1.IngressSpec"The rules of the Ingress.
n
statusd
4#/definitions/io.k8s.api.networking.v1.IngressStatus",The current state of the Ingress. Read-only.ú^
x-kubernetes-group-version-kind;9- group: networking.k8s.io
  kind: Ingress
  version: v1

‡
'io.k8s.api.networking.v1.IngressBackendÛ"3A service port or a resource that receives traffic.²
objectÊ—
ˆ
resource|
:#/definitions/io.k8s.api.core.v1.TypedLocalObjectReference">A resource in the Ingress's namespace; exclusive with service.
‰
service~
<#/definitions/io.k8s.api.networking.v1.IngressServiceBackend">A service in the Ingress's namespace; exclusive with resource.
˜
%io.k8s.api.networking.v1.IngressClassî"MAn IngressClass names the controller that implements Ingresses of that class.²
objectÊª
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
e
spec]
7#/definitions/io.k8s.api.networking.v1.IngressClassSpec""The controller and its parameters.úc
x-kubernetes-group-version-kind@>- group: networking.k8s.io
  kind: IngressClass
  version: v1

ä
)io.k8s.api.networking.v1.IngressClassList¶"A list of IngressClass objects.šitems²
objectÊ”
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
h
items_"The IngressClass objects.²
arrayº7
5
3#/definitions/io.k8s.api.networking.v1.IngressClass
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úg
x-kubernetes-group-version-kindDB- group: networking.k8s.io
  kind: IngressClassList
  version: v1


8io.k8s.api.networking.v1.IngressClassParametersReferenceà"2A reference to a controller's parameters resource.škindšname²
objectÊ
3
apiGroup'"API group of the resource.²
string
*
kind""Kind of the resource.²
string
*
name""Name of the resource.²
string
I
	namespace<"/Namespace of the resource, for scope Namespace.²
string
5
scope,"Cluster (default) or Namespace.²
string
Ü
)io.k8s.api.networking.v1.IngressClassSpec®""The controller of an IngressClass.²
objectÊû
q

controllerc"VThe name of the controller, such as example.com/ingress-controller. Cannot be changed.²
string
…

parametersw
F#/definitions/io.k8s.api.networking.v1.IngressClassParametersReference"-A resource holding the controller's settings.
Ë
$io.k8s.api.networking.v1.IngressList¢"A list of Ingress objects.šitems²
objectÊŠ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
^
itemsU"The Ingress objects.²
arrayº2
0
.#/definitions/io.k8s.api.networking.v1.Ingress
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úb
x-kubernetes-group-version-kind?=- group: networking.k8s.io
  kind: IngressList
  version: v1

í
3io.k8s.api.networking.v1.IngressLoadBalancerIngressµ" One ingress point of an Ingress.²
objectÊ„
3
hostname'"A DNS-based ingress point.²
string
-
ip'"An IP-based ingress point.²
string

ports“"The ports of the ingress point.²
arrayº?
=²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
ú#
x-kubernetes-list-type	atomic


2io.k8s.api.networking.v1.IngressLoadBalancerStatusÖ")The status of an Ingress's load balancer.²
objectÊœ
™
ingress"The ingress points.²
arrayºE
C
A#/definitions/io.k8s.api.networking.v1.IngressLoadBalancerIngressú#
x-kubernetes-list-type	atomic

Ì
$io.k8s.api.networking.v1.IngressRule£"4Routes requests for one host (or all hosts) by path.²
objectÊÞ
x
hostp"cA fully qualified domain name, optionally with a leading "*." wildcard label; all hosts when empty.²
string
b
httpZ
;#/definitions/io.k8s.api.networking.v1.HTTPIngressRuleValue"The HTTP paths of the rule.
€
.io.k8s.api.networking.v1.IngressServiceBackendÍ"A service and one of its ports.šname²
objectÊ–
)
name!"Name of the service.²
string
i
porta
9#/definitions/io.k8s.api.networking.v1.ServiceBackendPort"$The service port, by number or name.
ì
$io.k8s.api.networking.v1.IngressSpecÃ"%The rules and backends of an Ingress.²
objectÊ
n
defaultBackend\
5#/definitions/io.k8s.api.networking.v1.IngressBackend"#Where requests matching no rule go.
[
ingressClassNameG":The IngressClass whose controller implements this Ingress.²
string
²
rules¨"=Host rules; requests matching none go to the default backend.²
arrayº6
4
2#/definitions/io.k8s.api.networking.v1.IngressRuleú#
x-kubernetes-list-type	atomic

ˆ
tls€"TLS settings, by host.²
arrayº5
3
1#/definitions/io.k8s.api.networking.v1.IngressTLSú#
x-kubernetes-list-type	atomic

Ó
&io.k8s.api.networking.v1.IngressStatus¨"!The observed state of an Ingress.²
objectÊw
u
loadBalancere
@#/definitions/io.k8s.api.networking.v1.IngressLoadBalancerStatus"!The load balancer of the Ingress.
‹
#io.k8s.api.networking.v1.IngressTLSã"TLS settings for some hosts.²
objectÊ¶
l
hostsc"!Hosts covered by the certificate.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

F

secretName8"+The Secret holding the certificate and key.²
string
Í
+io.k8s.api.networking.v1.ServiceBackendPort"3A service port, by number or by name (exactly one).²
objectÊZ
%
name"The port's name.²
string
1
number'int32"The port's number.²	
integer
©
(io.k8s.api.policy.v1.PodDisruptionBudgetü"qPodDisruptionBudget objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
ú_
x-kubernetes-group-version-kind<:- group: policy
  kind: PodDisruptionBudget
  version: v1

ô
,io.k8s.api.policy.v1.PodDisruptionBudgetListÃ"&A list of PodDisruptionBudget objects.šitems²
objectÊž
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
r
itemsi" The PodDisruptionBudget objects.²
arrayº:
8
6#/definitions/io.k8s.api.policy.v1.PodDisruptionBudget
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úc
x-kubernetes-group-version-kind@>- group: policy
  kind: PodDisruptionBudgetList
  version: v1

µ
"io.k8s.api.rbac.v1.AggregationRuleŽ"2Selects the ClusterRoles whose rules are combined.²
objectÊË
È
clusterRoleSelectors¯"6Selectors; a ClusterRole matching any one is included.²
arrayºD
B
@#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorú#
x-kubernetes-list-type	atomic

é
io.k8s.api.rbac.v1.ClusterRoleÆ"cA ClusterRole is a cluster-wide set of permissions, granted by RoleBindings or ClusterRoleBindings.²
objectÊå
’
aggregationRule
0#/definitions/io.k8s.api.rbac.v1.AggregationRule"KWhen set, rules is filled by the controller from the selected ClusterRoles.
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
Š
rules€"The permissions of the role.²
arrayº/
-
+#/definitions/io.k8s.api.rbac.v1.PolicyRuleú#
x-kubernetes-list-type	atomic
új
x-kubernetes-group-version-kindGE- group: rbac.authorization.k8s.io
  kind: ClusterRole
  version: v1

Ô
%io.k8s.api.rbac.v1.ClusterRoleBindingª"IA ClusterRoleBinding grants a ClusterRole to subjects across the cluster.šroleRef²
objectÊÒ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
b
roleRefW
(#/definitions/io.k8s.api.rbac.v1.RoleRef"+The ClusterRole granted. Cannot be changed.
¨
subjects›":Users, groups and service accounts the role is granted to.²
arrayº,
*
(#/definitions/io.k8s.api.rbac.v1.Subjectú#
x-kubernetes-list-type	atomic
úq
x-kubernetes-group-version-kindNL- group: rbac.authorization.k8s.io
  kind: ClusterRoleBinding
  version: v1

þ
)io.k8s.api.rbac.v1.ClusterRoleBindingListÐ"%A list of ClusterRoleBinding objects.šitems²
objectÊš
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
n
itemse"The ClusterRoleBinding objects.²
arrayº7
5
3#/definitions/io.k8s.api.rbac.v1.ClusterRoleBinding
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úu
x-kubernetes-group-version-kindRP- group: rbac.authorization.k8s.io
  kind: ClusterRoleBindingList
  version: v1

Û
"io.k8s.api.rbac.v1.ClusterRoleList´"A list of ClusterRole objects.šitems²
objectÊŒ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
`
itemsW"The ClusterRole objects.²
arrayº0
.
,#/definitions/io.k8s.api.rbac.v1.ClusterRole
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.ún
x-kubernetes-group-version-kindKI- group: rbac.authorization.k8s.io
  kind: ClusterRoleList
  version: v1

í
io.k8s.api.rbac.v1.PolicyRuleË"5Allowed verbs on some resources or non-resource URLs.šverbs²
objectÊý
’
	apiGroups„"BAPI groups of the resources; "" is the core group, "*" all groups.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

ž
nonResourceURLsŠ"HURL paths (ending in * for prefixes) the rule allows; ClusterRoles only.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

‡
resourceNamesv"4Object names the rule is limited to; all when empty.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

˜
	resourcesŠ"HResources (and resource/subresource) the rule applies to; "*" means all.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

Ÿ
verbs•"SAllowed verbs: get, list, watch, create, update, patch, delete, â€¦; "*" means all.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

´
io.k8s.api.rbac.v1.Role˜"QA Role is a namespaced set of permissions (PolicyRules), granted by RoleBindings.²
objectÊÐ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
Š
rules€"The permissions of the role.²
arrayº/
-
+#/definitions/io.k8s.api.rbac.v1.PolicyRuleú#
x-kubernetes-list-type	atomic
úc
x-kubernetes-group-version-kind@>- group: rbac.authorization.k8s.io
  kind: Role
  version: v1

Â
io.k8s.api.rbac.v1.RoleBindingŸ"LA RoleBinding grants a Role or ClusterRole to subjects within one namespace.šroleRef²
objectÊË
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
[
roleRefP
(#/definitions/io.k8s.api.rbac.v1.RoleRef"$The role granted. Cannot be changed.
¨
subjects›":Users, groups and service accounts the role is granted to.²
arrayº,
*
(#/definitions/io.k8s.api.rbac.v1.Subjectú#
x-kubernetes-list-type	atomic
új
x-kubernetes-group-version-kindGE- group: rbac.authorization.k8s.io
  kind: RoleBinding
  version: v1

Û
"io.k8s.api.rbac.v1.RoleBindingList´"A list of RoleBinding objects.šitems²
objectÊŒ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
`
itemsW"The RoleBinding objects.²
arrayº0
.
,#/definitions/io.k8s.api.rbac.v1.RoleBinding
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.ún
x-kubernetes-group-version-kindKI- group: rbac.authorization.k8s.io
  kind: RoleBindingList
  version: v1

¸
io.k8s.api.rbac.v1.RoleList˜"A list of Role objects.šitems²
objectÊþ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
R
itemsI"The Role objects.²
arrayº)
'
%#/definitions/io.k8s.api.rbac.v1.Role
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úg
x-kubernetes-group-version-kindDB- group: rbac.authorization.k8s.io
  kind: RoleList
  version: v1


io.k8s.api.rbac.v1.RoleRefî"%A reference to a Role or ClusterRole.šapiGroupškindšname²
objectÊŸ
J
apiGroup>"1API group of the role: rbac.authorization.k8s.io.²
string
)
kind!"Role or ClusterRole.²
string
&
name"Name of the role.²
string
ú
io.k8s.api.rbac.v1.SubjectÛ"!A user, group or service account.škindšname²
objectÊ›
w
apiGroupk"^API group of the subject: "" for ServiceAccount, rbac.authorization.k8s.io for User and Group.²
string
3
kind+"User, Group or ServiceAccount.²
string
)
name!"Name of the subject.²
string
@
	namespace3"&Namespace of a ServiceAccount subject.²
string
¦
&io.k8s.api.scheduling.v1.PriorityClassû"kPriorityClass objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
úd
x-kubernetes-group-version-kindA?- group: scheduling.k8s.io
  kind: PriorityClass
  version: v1

é
*io.k8s.api.scheduling.v1.PriorityClassListº" A list of PriorityClass objects.šitems²
objectÊ–
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
j
itemsa"The PriorityClass objects.²
arrayº8
6
4#/definitions/io.k8s.api.scheduling.v1.PriorityClass
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úh
x-kubernetes-group-version-kindEC- group: scheduling.k8s.io
  kind: PriorityClassList
  version: v1

é
-io.k8s.apimachinery.pkg.api.resource.Quantity·"©A fixed-point number with an optional suffix: binary (Ki, Mi, Gi, Ti, Pi, Ei), decimal SI (m, k, M, G, T, P, E) or a decimal exponent (e3). For example 500m, 128Mi, 1.5.²
string
›
2io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptionsä"Options for a delete request.²
objectÊ¶
?

apiVersion1"$The versioned schema of this object.²
string
–
dryRun‹"IWhen present, the deletion is not persisted. The only valid value is All.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

j
gracePeriodSecondsTint64"?Seconds before the object is deleted; zero deletes immediately.²	
integer
,
kind$"Always "DeleteOptions".²
string
D
orphanDependents0""Deprecated: use propagationPolicy.²	
boolean
Ž
preconditions}">uid and/or resourceVersion the object must have to be deleted.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

i
propagationPolicyT"GHow dependents are garbage collected: Orphan, Background or Foreground.²
string
l
-io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1;".A set of fields in the FieldsV1 trie encoding.²
object
­
2io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorö"A label query: matchLabels and matchExpressions are ANDed. An empty selector matches everything; a null selector matches nothing.²
objectÊã
È
matchExpressions³"/Requirements on labels, all of which must hold.²
arrayºO
M
K#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirementú#
x-kubernetes-list-type	atomic

•
matchLabels…"hExact key/value pairs; each is the same as a matchExpressions entry with operator In and a single value.ª
²
string²
object
Á
=io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirementÿ"One requirement on a label key.škeyšoperator²
objectÊ¾
=
key6")The label key the requirement applies to.²
string
^
operatorR"EHow the key relates to the values: In, NotIn, Exists or DoesNotExist.²
string
œ
values‘"OValues for In and NotIn (non-empty); must be empty for Exists and DoesNotExist.²
arrayº
²
stringú#
x-kubernetes-list-type	atomic

Ô
-io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta¢"Metadata of a list response.²
objectÊõ
j
continue^"QA token to fetch the next page when the list was limited; empty on the last page.²
string
]
remainingItemCountGint64"2How many items remain after this page, when known.²	
integer
a
resourceVersionN"AThe resource version the list was read at; start a watch from it.²
string
E
selfLink9",Deprecated; the server does not populate it.²
string

7io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntryÔ"MA set of fields owned by one field manager, with the operation that set them.²
objectÊö
L

apiVersion>"1The version of the resource the fields belong to.²
string
E

fieldsType7"*The format of fieldsV1; always "FieldsV1".²
string
l
fieldsV1`
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1"!The owned fields, as a field set.
K
manager@"3The name of the workflow that manages these fields.²
string
Q
	operationD"7The operation that wrote these fields: Apply or Update.²
string
h
subresourceY"LThe subresource the object was written through, empty for the main resource.²
string
g
time_
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"$When these fields were last changed.
~
.io.k8s.apimachinery.pkg.apis.meta.v1.MicroTimeL	date-time"4A timestamp in RFC 3339 form, microsecond precision.²
string
¡
/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMetaí"*Metadata every persisted resource carries.²
objectÊ²
ˆ
annotationsy"\Unstructured key/value data stored with the object, set by tools and not used for selection.ª
²
string²
object
¢
creationTimestampŒ
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"QWhen the server created the object (RFC 3339, UTC). Set by the system; read-only.
µ
deletionGracePeriodSeconds–int64"€Seconds the object is allowed to terminate gracefully before it is removed. Set only together with deletionTimestamp. Read-only.²	
integer
µ
deletionTimestampŸ
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"dWhen the object will be deleted; set by the server when a graceful deletion is requested. Read-only.
÷

finalizersè"Entries that must be empty before the object is removed from the registry; each names a component that still has cleanup to do.²
arrayº
²
stringú 
x-kubernetes-list-typeset
ú'
x-kubernetes-patch-strategymerge

c
generateNameS"FA prefix the server uses to generate a unique name when name is empty.²
string
ˆ

generationzint64"eA sequence number for a specific generation of the desired state. Populated by the system. Read-only.²	
integer
—
labelsŒ"oKey/value pairs used to organise and select objects (by replication controllers, services and label selectors).ª
²
string²
object
þ
managedFieldsì"nWhich field manager owns which fields, for server-side apply. Internal; clients rarely need to set or read it.²
arrayºI
G
E#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntryú#
x-kubernetes-list-type	atomic

‡
name"rName of the object, unique within its namespace. Required on create unless generateName is set. Cannot be updated.²
string
†
	namespacey"lThe namespace the object lives in; empty for cluster-scoped objects. Must be a DNS label. Cannot be updated.²
string
”
ownerReferences€"ŒObjects this object depends on. When every owner is deleted the object is garbage collected. At most one owner may be a managing controller.²
arrayºE
C
A#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReferenceú&
x-kubernetes-list-map-keys- uid
ú 
x-kubernetes-list-typemap
ú&
x-kubernetes-patch-merge-keyuid
ú'
x-kubernetes-patch-strategymerge

¥
resourceVersion‘"ƒAn opaque value that changes whenever the object changes; used for optimistic concurrency, change detection and watches. Read-only.²
string
E
selfLink9",Deprecated; the server does not populate it.²
string
r
uidk"^A unique identifier for this object across time, generated by the server on create. Read-only.²
string
Ù
3io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference¡"NIdentifies an owning object in the same namespace (or a cluster-scoped owner).š
apiVersionškindšnamešuid²
objectÊ¡
4

apiVersion&"API version of the owner.²
string
 
blockOwnerDeletion‰"{When true and the owner uses foreground deletion, the owner cannot be removed from storage until this reference is removed.²	
boolean
M

controller?"1When true, this owner is the managing controller.²	
boolean
'
kind"Kind of the owner.²
string
'
name"Name of the owner.²
string
%
uid"UID of the owner.²
string
§
*io.k8s.apimachinery.pkg.apis.meta.v1.Patchy"lThe body of a PATCH request: a JSON patch, a merge patch, a strategic merge patch or an apply configuration.²
object
ˆ
+io.k8s.apimachinery.pkg.apis.meta.v1.StatusØ"WThe result of an operation that does not return an object, and the body of every error.²
objectÊŸ
F

apiVersion8"+The versioned schema of this object ("v1").²
string
@
code8int32"#The HTTP status code of the result.²	
integer
Ÿ
details“"TExtra data about the failure: the name, group and kind of the object and the causes.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

%
kind"Always "Status".²
string
C
message8"+A human-readable description of the result.²
string
b
metadataV
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"List metadata (unused).
q
reasong"ZA machine-readable reason for a failure (NotFound, AlreadyExists, Conflict, Invalid, â€¦).²
string
.
status$""Success" or "Failure".²
stringúN
x-kubernetes-group-version-kind+)- group: ""
  kind: Status
  version: v1

t
)io.k8s.apimachinery.pkg.apis.meta.v1.TimeG	date-time"/A timestamp in RFC 3339 form, second precision.²
string
e
,io.k8s.apimachinery.pkg.runtime.RawExtension5"(An embedded object of any kind, as JSON.²
object
¶
/io.k8s.apimachinery.pkg.util.intstr.IntOrString‚int-or-string"fA value that is either an integer or a string (a port number or a port name, a count or a percentage).²
string
þ
=io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService¼"]An APIService registers a server that serves one group-version through the aggregation layer.²
objectÊå
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.

spec„
O#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceSpec"1The group-version and the service that serves it.

status„
Q#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceStatus"/Whether the APIService is available. Read-only.úf
x-kubernetes-group-version-kindCA- group: apiregistration.k8s.io
  kind: APIService
  version: v1

â
Fio.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceCondition—"One condition of an APIService.štypešstatus²
objectÊ×
x
lastTransitionTimeb
7#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time"'When the condition last changed status.
F
message;".Human-readable details of the last transition.²
string
B
reason8"+A CamelCase reason for the last transition.²
string
.
status$"True, False or Unknown.²
string

type"
Available.²
string
“
Aio.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceListÍ"A list of APIService objects.šitems²
objectÊª
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
~
itemsu"The APIService objects.²
arrayºO
M
K#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.új
x-kubernetes-group-version-kindGE- group: apiregistration.k8s.io
  kind: APIServiceList
  version: v1

Ü
Aio.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceSpec–"$What an APIService serves and where.šgroupPriorityMinimumšversionPriority²
objectÊ¸
{
caBundleobyte"6PEM CA bundle used to verify the server's certificate.²
stringú#
x-kubernetes-list-type	atomic

+
group""The API group served.²
string
q
groupPriorityMinimumYint32"DThe group's minimum priority in discovery order; higher comes first.²	
integer
X
insecureSkipTLSVerify?"1Skip TLS verification of the server. Discouraged.²	
boolean
§
service›
Q#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.ServiceReference"FThe service of the server; empty means the request is handled locally.
/
version$"The API version served.²
string
d
versionPriorityQint32"<The version's priority within its group; higher comes first.²	
integer
¯
Cio.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceStatusç"$The observed state of an APIService.²
objectÊ²
¯

conditions "The Available condition.²
arrayºX
V
T#/definitions/io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceConditionú'
x-kubernetes-list-map-keys	- type
ú 
x-kubernetes-list-typemap
ú'
x-kubernetes-patch-merge-keytype
ú'
x-kubernetes-patch-strategymerge

“
Cio.k8s.kube-aggregator.pkg.apis.apiregistration.v1.ServiceReferenceË"A reference to a service.²
objectÊ¡
)
name!"Name of the service.²
string
3
	namespace&"Namespace of the service.²
string
?
port7int32""The service port. Defaults to 443.²	
integer
±
3io.k8s.metrics.pkg.apis.metrics.v1beta1.NodeMetricsù"iNodeMetrics objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
úd
x-kubernetes-group-version-kindA?- group: metrics.k8s.io
  kind: NodeMetrics
  version: v1beta1

ÿ
7io.k8s.metrics.pkg.apis.metrics.v1beta1.NodeMetricsListÃ"A list of NodeMetrics objects.šitems²
objectÊ¡
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
u
itemsl"The NodeMetrics objects.²
arrayºE
C
A#/definitions/io.k8s.metrics.pkg.apis.metrics.v1beta1.NodeMetrics
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úh
x-kubernetes-group-version-kindEC- group: metrics.k8s.io
  kind: NodeMetricsList
  version: v1beta1

®
2io.k8s.metrics.pkg.apis.metrics.v1beta1.PodMetrics÷"hPodMetrics objects. Only their metadata is described here; other fields are accepted and stored as sent.²
objectÊ˜
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string
¶
metadata©
=#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"hThe object's metadata: name, namespace, labels, annotations, owner references and server-managed fields.
g
spec_" The desired state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue

j
status`"!The observed state of the object.²
objectú/
$x-kubernetes-preserve-unknown-fieldstrue
úc
x-kubernetes-group-version-kind@>- group: metrics.k8s.io
  kind: PodMetrics
  version: v1beta1

ú
6io.k8s.metrics.pkg.apis.metrics.v1beta1.PodMetricsList¿"A list of PodMetrics objects.šitems²
objectÊŸ
á

apiVersionÒ"ÄThe versioned schema of this object, as group/version ("apps/v1") or version alone for the core group ("v1"). The server converts recognised versions to its internal form and rejects unknown ones.²
string
s
itemsj"The PodMetrics objects.²
arrayºD
B
@#/definitions/io.k8s.metrics.pkg.apis.metrics.v1beta1.PodMetrics
£
kindš"ŒThe REST kind of this object, in CamelCase ("Deployment"). Servers may infer it from the endpoint the request is sent to. Cannot be updated.²
string

metadata
;#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"QList metadata: the resourceVersion of the list and the continue token for paging.úg
x-kubernetes-group-version-kindDB- group: metrics.k8s.io
  kind: PodMetricsList
  version: v1beta1
