// Field numbers from k8s.io/api/core/v1/generated.proto: pod volumes. Every VolumeSource member is
// a pointer, so a present-but-empty source (`emptyDir: {}`) is kept. Deprecated in-tree cloud and
// storage-vendor sources are not tabled and are skipped like unknown fields.
extension ProtobufSchema {
    static let coreVolumes: [String: ProtoMessage] = [
        "core.Volume": [1: .string("name"), 2: .inline("core.VolumeSource")],
        "core.VolumeSource": [
            1: .ptr("hostPath", "core.HostPathVolumeSource"), 2: .ptr("emptyDir", "core.EmptyDirVolumeSource"),
            3: .ptr("gcePersistentDisk", "core.GCEPersistentDiskVolumeSource"),
            4: .ptr("awsElasticBlockStore", "core.AWSElasticBlockStoreVolumeSource"),
            5: .ptr("gitRepo", "core.GitRepoVolumeSource"), 6: .ptr("secret", "core.SecretVolumeSource"),
            7: .ptr("nfs", "core.NFSVolumeSource"), 8: .ptr("iscsi", "core.ISCSIVolumeSource"),
            10: .ptr("persistentVolumeClaim", "core.PersistentVolumeClaimVolumeSource"),
            16: .ptr("downwardAPI", "core.DownwardAPIVolumeSource"),
            19: .ptr("configMap", "core.ConfigMapVolumeSource"), 26: .ptr("projected", "core.ProjectedVolumeSource"),
            28: .ptr("csi", "core.CSIVolumeSource"), 29: .ptr("ephemeral", "core.EphemeralVolumeSource"),
            30: .ptr("image", "core.ImageVolumeSource"),
        ],
        "core.HostPathVolumeSource": [1: .string("path"), 2: .string("type")],
        "core.EmptyDirVolumeSource": [1: .string("medium"), 2: .quantity("sizeLimit")],
        "core.GCEPersistentDiskVolumeSource": [
            1: .string("pdName"), 2: .string("fsType"), 3: .int32z("partition"), 4: .boolz("readOnly"),
        ],
        "core.AWSElasticBlockStoreVolumeSource": [
            1: .string("volumeID"), 2: .string("fsType"), 3: .int32z("partition"), 4: .boolz("readOnly"),
        ],
        "core.GitRepoVolumeSource": [1: .string("repository"), 2: .string("revision"), 3: .string("directory")],
        "core.SecretVolumeSource": [
            1: .string("secretName"), 2: .msgs("items", "core.KeyToPath"), 3: .int32("defaultMode"),
            4: .bool("optional"),
        ],
        "core.NFSVolumeSource": [1: .string("server"), 2: .string("path"), 3: .boolz("readOnly")],
        "core.ISCSIVolumeSource": [
            1: .string("targetPortal"), 2: .string("iqn"), 3: .int32("lun"), 4: .string("iscsiInterface"),
            5: .string("fsType"), 6: .boolz("readOnly"), 7: .strings("portals"), 8: .boolz("chapAuthDiscovery"),
            11: .boolz("chapAuthSession"), 10: .msg("secretRef", "core.LocalObjectReference"),
            12: .string("initiatorName"),
        ],
        "core.PersistentVolumeClaimVolumeSource": [1: .string("claimName"), 2: .boolz("readOnly")],
        "core.DownwardAPIVolumeSource": [
            1: .msgs("items", "core.DownwardAPIVolumeFile"), 2: .int32("defaultMode"),
        ],
        "core.DownwardAPIVolumeFile": [
            1: .string("path"), 2: .msg("fieldRef", "core.ObjectFieldSelector"),
            3: .msg("resourceFieldRef", "core.ResourceFieldSelector"), 4: .int32("mode"),
        ],
        "core.DownwardAPIProjection": [1: .msgs("items", "core.DownwardAPIVolumeFile")],
        "core.ConfigMapVolumeSource": [
            1: .inline("core.LocalObjectReference"), 2: .msgs("items", "core.KeyToPath"),
            3: .int32("defaultMode"), 4: .bool("optional"),
        ],
        "core.KeyToPath": [1: .string("key"), 2: .string("path"), 3: .int32("mode")],
        "core.ProjectedVolumeSource": [1: .msgs("sources", "core.VolumeProjection"), 2: .int32("defaultMode")],
        "core.VolumeProjection": [
            1: .ptr("secret", "core.SecretProjection"), 2: .ptr("downwardAPI", "core.DownwardAPIProjection"),
            3: .ptr("configMap", "core.ConfigMapProjection"),
            4: .ptr("serviceAccountToken", "core.ServiceAccountTokenProjection"),
            5: .ptr("clusterTrustBundle", "core.ClusterTrustBundleProjection"),
        ],
        "core.SecretProjection": [
            1: .inline("core.LocalObjectReference"), 2: .msgs("items", "core.KeyToPath"), 4: .bool("optional"),
        ],
        "core.ConfigMapProjection": [
            1: .inline("core.LocalObjectReference"), 2: .msgs("items", "core.KeyToPath"), 4: .bool("optional"),
        ],
        "core.ServiceAccountTokenProjection": [
            1: .string("audience"), 2: .int64("expirationSeconds"), 3: .string("path"),
        ],
        "core.ClusterTrustBundleProjection": [
            1: .string("name"), 2: .string("signerName"), 3: .ptr("labelSelector", "meta.LabelSelector"),
            5: .bool("optional"), 4: .string("path"),
        ],
        "core.CSIVolumeSource": [
            1: .string("driver"), 2: .bool("readOnly"), 3: .string("fsType"), 4: .map("volumeAttributes"),
            5: .msg("nodePublishSecretRef", "core.LocalObjectReference"),
        ],
        "core.EphemeralVolumeSource": [1: .msg("volumeClaimTemplate", "core.PersistentVolumeClaimTemplate")],
        "core.PersistentVolumeClaimTemplate": [
            1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "core.PersistentVolumeClaimSpec"),
        ],
        "core.PersistentVolumeClaimSpec": [
            1: .strings("accessModes"), 4: .ptr("selector", "meta.LabelSelector"),
            2: .msg("resources", "core.VolumeResourceRequirements"), 3: .string("volumeName"),
            5: .string("storageClassName"), 6: .string("volumeMode"),
            7: .msg("dataSource", "core.TypedLocalObjectReference"),
            8: .msg("dataSourceRef", "core.TypedObjectReference"), 9: .string("volumeAttributesClassName"),
        ],
        "core.VolumeResourceRequirements": [1: .quantities("limits"), 2: .quantities("requests")],
        "core.TypedLocalObjectReference": [1: .string("apiGroup"), 2: .string("kind"), 3: .string("name")],
        "core.TypedObjectReference": [
            1: .string("apiGroup"), 2: .string("kind"), 3: .string("name"), 4: .string("namespace"),
        ],
        "core.ImageVolumeSource": [1: .string("reference"), 2: .string("pullPolicy")],
    ]
}
