using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kinora.Direction;
using Kinora.Render;
using Kinora.World;

namespace Kinora.Output.Exports;

/// <summary>
/// The film's world as one binary glTF 2.0 file (.glb) for a DCC tool or a game engine: every set once, with
/// the same unit meshes and metallic-roughness materials the renderer draws; every character once as a skinned
/// mesh (their cast body at full detail, a primitive per material, JOINTS_0 and WEIGHTS_0, a joint node per
/// <see cref="BodyJoint"/> whose rest pose is the bind pose, and the inverse bind matrices); one glTF scene per
/// film scene holding its set, its characters, its moving things and a camera per shot; one animation per film
/// scene turning and moving every joint of its characters (lip-sync included), the moving things and the shot
/// cameras, sampled at <see cref="SampleRate"/> frames a second. Units, axes and handedness are Kinora's own
/// (metres, +Y up, −Z forward), which are glTF's, so nothing is converted.
/// </summary>
public static class GltfExport
{
    /// <summary>Animation samples per second of film time.</summary>
    public const int SampleRate = 12;

    public static byte[] Write(WorldModel world, ShotList shots)
    {
        var b = new Builder();
        var production = world.Production;
        var format = production.Bible.Format;

        // Sets: one node tree each, shared by every scene played there.
        var setNodes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in world.Sets)
        {
            var children = set.Instances.Select(i => b.InstanceNode(i, null, animated: false)).ToList();
            setNodes[set.Id] = b.Node(new JsonObject { ["name"] = "set " + set.Id }, children);
        }

        var scenes = new JsonArray();
        var animations = new JsonArray();
        foreach (var scene in production.Scenes)
        {
            var set = world.SetFor(scene.Index);
            var roots = new List<int> { setNodes[set.Id] };
            var channels = new List<(int Node, string Path, float[] Times, float[] Values, int Width)>();
            var times = SampleTimes(scene.Duration);
            int sampleCount = times.Length;

            // Characters: their skinned body and skeleton, each joint animated over the scene.
            foreach (var name in production.Bible.Cast.Select(c => c.Name))
            {
                if (world.Performer(name) is not { } body) continue;
                var poses = new BodyPose?[sampleCount];
                for (int k = 0; k < sampleCount; k++) poses[k] = world.Pose(name, scene.Start + times[k]);
                if (poses.All(p => p is null)) continue;
                var character = b.Character(body);
                roots.Add(character.MeshNode);
                roots.Add(character.Joints[0]);
                var jt = new float[BodyJoints.Count][];
                var jr = new float[BodyJoints.Count][];
                for (int j = 0; j < BodyJoints.Count; j++) { jt[j] = new float[sampleCount * 3]; jr[j] = new float[sampleCount * 4]; }
                var frames = new Matrix4x4[BodyJoints.Count];
                // Before an entrance and after an exit the body holds its nearest pose.
                int known = Array.FindIndex(poses, p => p is not null);
                for (int k = 0; k < sampleCount; k++)
                {
                    if (poses[k] is not null) known = k;
                    var pose = poses[known]!;
                    Rig.Frames(body.Skeleton, pose, world.Mouths.Sample(name, scene.Start + times[k]), frames);
                    for (int j = 0; j < BodyJoints.Count; j++)
                    {
                        var (t, r) = JointLocal(frames, j);
                        if (k > 0 && r.X * jr[j][k * 4 - 4] + r.Y * jr[j][k * 4 - 3] + r.Z * jr[j][k * 4 - 2] + r.W * jr[j][k * 4 - 1] < 0) r = -r;
                        Put(jt[j], k, t); Put(jr[j], k, r);
                    }
                }
                for (int j = 0; j < BodyJoints.Count; j++)
                {
                    channels.Add((character.Joints[j], "translation", times, jt[j], 3));
                    channels.Add((character.Joints[j], "rotation", times, jr[j], 4));
                }
            }

            // Moving things (props, doors, vehicles): one node per part; the part list is the same at every instant of a scene.
            var first = Parts(world, scene.Start);
            int parts = first.Count;
            var partNodes = new int[parts];
            var t3 = new float[parts][]; var r4 = new float[parts][]; var s3 = new float[parts][];
            for (int p = 0; p < parts; p++)
            {
                partNodes[p] = b.InstanceNode(first[p], $"scene {scene.Index + 1} part {p}", animated: true);
                roots.Add(partNodes[p]);
                t3[p] = new float[sampleCount * 3]; r4[p] = new float[sampleCount * 4]; s3[p] = new float[sampleCount * 3];
            }
            for (int k = 0; k < sampleCount; k++)
            {
                var frame = Parts(world, scene.Start + times[k]);
                for (int p = 0; p < parts && p < frame.Count; p++)
                {
                    Matrix4x4.Decompose(frame[p].Transform, out var s, out var r, out var t);
                    Put(t3[p], k, t); Put(s3[p], k, s); Put(r4[p], k, r);
                }
            }
            for (int p = 0; p < parts; p++)
            {
                channels.Add((partNodes[p], "translation", times, t3[p], 3));
                channels.Add((partNodes[p], "rotation", times, r4[p], 4));
                channels.Add((partNodes[p], "scale", times, s3[p], 3));
            }

            // Cameras: one per shot of this scene, animated over the shot.
            foreach (var shot in shots.Shots.Where(s => s.Scene == scene.Index))
            {
                var track = CameraTrack.For(shot, world);
                var c0 = track.Sample(shot.Start);
                int camera = b.Camera(shot.Id, c0.VerticalFov, (float)format.Width / format.Height);
                int node = b.Node(new JsonObject { ["name"] = "camera " + shot.Id, ["camera"] = camera }, null);
                roots.Add(node);
                var local = SampleTimes(shot.Duration);
                int n = local.Length;
                var ct = new float[n]; var tr = new float[n * 3]; var ro = new float[n * 4];
                for (int k = 0; k < n; k++)
                {
                    double t = shot.Start + local[k];
                    var c = track.Sample(t);
                    ct[k] = (float)(t - scene.Start);
                    Put(tr, k, c.Position);
                    Put(ro, k, Orientation(c));
                }
                channels.Add((node, "translation", ct, tr, 3));
                channels.Add((node, "rotation", ct, ro, 4));
            }

            scenes.Add(new JsonObject { ["name"] = scene.Heading, ["nodes"] = Ints(roots) });
            animations.Add(b.Animation(scene.Heading, channels));
        }
        return b.Finish(scenes, animations, production.Bible.Title);
    }

    /// <summary>The moving parts at film time t: the frame's dynamic instances (props, doors, vehicles).</summary>
    static List<Instance> Parts(WorldModel world, double t) => [.. world.Sample(t).Dynamic];

    /// <summary>A joint's place relative to its parent (the world for the root) from the joints' world frames: translation and rotation.</summary>
    static (Vector3 Translation, Quaternion Rotation) JointLocal(ReadOnlySpan<Matrix4x4> frames, int joint)
    {
        int parent = BodyJoints.Parents[joint];
        var local = parent < 0 ? frames[joint] : frames[joint] * Inverse(frames[parent]);
        Matrix4x4.Decompose(local, out _, out var r, out var t);
        return (t, Quaternion.Normalize(r));
    }

    static Matrix4x4 Inverse(Matrix4x4 m) => Matrix4x4.Invert(m, out var inverse) ? inverse : Matrix4x4.Identity;

    /// <summary>
    /// Sample times from 0 to just before the end at <see cref="SampleRate"/>, strictly increasing even in
    /// single precision (glTF requires it), the last one at the end of the span.
    /// </summary>
    static float[] SampleTimes(double duration)
    {
        var times = new List<float>();
        double end = Math.Max(duration - 1e-3, 1e-3);
        for (int k = 0; k / (double)SampleRate < end - 1e-3; k++) times.Add((float)(k / (double)SampleRate));
        times.Add((float)end);
        if (times.Count < 2) times.Insert(0, 0f);
        return [.. times];
    }

    /// <summary>glTF cameras look down their local −Z with +Y up: the rotation whose axes are right, up, back.</summary>
    static Quaternion Orientation(CameraFrame c)
    {
        var back = -Vector3.Normalize(c.Forward);
        var right = Vector3.Normalize(Vector3.Cross(c.Up, back));
        var up = Vector3.Cross(back, right);
        var m = new Matrix4x4(right.X, right.Y, right.Z, 0, up.X, up.Y, up.Z, 0, back.X, back.Y, back.Z, 0, 0, 0, 0, 1);
        return Quaternion.Normalize(Quaternion.CreateFromRotationMatrix(m));
    }

    static void Put(float[] a, int k, Vector3 v) { a[k * 3] = v.X; a[k * 3 + 1] = v.Y; a[k * 3 + 2] = v.Z; }

    static void Put(float[] a, int k, Quaternion q) { a[k * 4] = q.X; a[k * 4 + 1] = q.Y; a[k * 4 + 2] = q.Z; a[k * 4 + 3] = q.W; }

    static JsonArray Ints(IEnumerable<int> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    static JsonArray Floats(IEnumerable<float> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    /// <summary>Accumulates glTF objects and the one binary buffer they point into.</summary>
    sealed class Builder
    {
        readonly MemoryStream bin = new();
        readonly JsonArray nodes = [], meshes = [], materials = [], accessors = [], bufferViews = [], cameras = [];
        readonly Dictionary<(Primitive, Material), int> meshOf = [];
        readonly Dictionary<Material, int> materialOf = [];
        readonly JsonArray skins = [];
        readonly Dictionary<Humanoid, CharacterNodes> characters = new(ReferenceEqualityComparer.Instance);
        readonly (int Position, int Normal, int Indices)[] geometry;

        public Builder()
        {
            // Level 0: the finest detail the renderer has.
            var unit = new UnitMeshes();
            float[] vertices = unit.Vertices;
            uint[] indices = unit.Indices;
            geometry = new (int, int, int)[Enum.GetValues<Primitive>().Length];
            foreach (var p in Enum.GetValues<Primitive>())
            {
                var range = unit[p, 0];
                var idx = indices.AsSpan(range.FirstIndex, range.IndexCount).ToArray();
                int count = (int)idx.Max() + 1;
                var pos = new float[count * 3];
                var nor = new float[count * 3];
                for (int v = 0; v < count; v++)
                    for (int c = 0; c < 3; c++)
                    {
                        pos[v * 3 + c] = vertices[(range.BaseVertex + v) * 6 + c];
                        nor[v * 3 + c] = vertices[(range.BaseVertex + v) * 6 + 3 + c];
                    }
                var min = new float[3]; var max = new float[3];
                for (int c = 0; c < 3; c++)
                {
                    min[c] = Enumerable.Range(0, count).Min(v => pos[v * 3 + c]);
                    max[c] = Enumerable.Range(0, count).Max(v => pos[v * 3 + c]);
                }
                int position = Accessor(View(Bytes(pos), 34962), 5126, count, "VEC3", min, max);
                int normal = Accessor(View(Bytes(nor), 34962), 5126, count, "VEC3", null, null);
                int index = Accessor(View(Bytes(idx), 34963), 5125, idx.Length, "SCALAR", null, null);
                geometry[(int)p] = (position, normal, index);
            }
        }

        public int Node(JsonObject node, IReadOnlyCollection<int>? children)
        {
            if (children is { Count: > 0 }) node["children"] = Ints(children);
            nodes.Add(node);
            return nodes.Count - 1;
        }

        public int InstanceNode(Instance instance, string? name, bool animated)
        {
            var node = new JsonObject { ["mesh"] = Mesh(instance.Shape, instance.Material) };
            if (name is not null) node["name"] = name;
            var m = instance.Transform;
            if (animated)
            {
                // Animation channels may only drive nodes given as translation, rotation and scale.
                Matrix4x4.Decompose(m, out var s, out var r, out var t);
                node["translation"] = Floats([t.X, t.Y, t.Z]);
                node["rotation"] = Floats([r.X, r.Y, r.Z, r.W]);
                node["scale"] = Floats([s.X, s.Y, s.Z]);
                return Node(node, null);
            }
            // System.Numerics stores row vectors; written row by row they are glTF's column-major column-vector matrix.
            node["matrix"] = Floats([m.M11, m.M12, m.M13, m.M14, m.M21, m.M22, m.M23, m.M24, m.M31, m.M32, m.M33, m.M34, m.M41, m.M42, m.M43, m.M44]);
            return Node(node, null);
        }

        /// <summary>The nodes of a character's skinned body: the mesh node and the joint nodes, indexed by <see cref="BodyJoint"/>.</summary>
        public sealed record CharacterNodes(int MeshNode, int[] Joints);

        /// <summary>A character's skinned mesh, skeleton and skin, written once however many scenes they play in.</summary>
        public CharacterNodes Character(Humanoid body)
        {
            if (characters.TryGetValue(body, out var known)) return known;
            var mesh = body.Body;
            var level = mesh.Levels[0];
            int n = level.VertexCount;

            // The joints at rest in the bind pose, each relative to its parent.
            var bind = new Matrix4x4[BodyJoints.Count];
            for (int j = 0; j < BodyJoints.Count; j++) bind[j] = Inverse(mesh.InverseBind[j]);
            var joints = new int[BodyJoints.Count];
            for (int j = BodyJoints.Count - 1; j >= 0; j--)
            {
                var (t, r) = JointLocal(bind, j);
                var children = new List<int>();
                for (int c = j + 1; c < BodyJoints.Count; c++) if (BodyJoints.Parents[c] == j) children.Add(joints[c]);
                joints[j] = Node(new JsonObject
                {
                    ["name"] = $"{mesh.Name} {(BodyJoint)j}",
                    ["translation"] = Floats([t.X, t.Y, t.Z]),
                    ["rotation"] = Floats([r.X, r.Y, r.Z, r.W]),
                }, children);
            }

            var ibm = new float[BodyJoints.Count * 16];
            for (int j = 0; j < BodyJoints.Count; j++)
            {
                var m = mesh.InverseBind[j];
                // Affine by construction; written exactly so, as glTF requires of inverse bind matrices.
                float[] row = [m.M11, m.M12, m.M13, 0, m.M21, m.M22, m.M23, 0, m.M31, m.M32, m.M33, 0, m.M41, m.M42, m.M43, 1];
                row.CopyTo(ibm, j * 16);
            }
            skins.Add(new JsonObject
            {
                ["name"] = mesh.Name,
                ["inverseBindMatrices"] = Accessor(View(Bytes(ibm), null), 5126, BodyJoints.Count, "MAT4", null, null),
                ["skeleton"] = joints[0],
                ["joints"] = Ints(joints),
            });
            int skin = skins.Count - 1;

            var pos = new float[n * 3];
            var nor = new float[n * 3];
            var jointIndices = new byte[n * 4];
            var weights = new float[n * 4];
            for (int v = 0; v < n; v++)
            {
                Put(pos, v, level.Positions[v]);
                Put(nor, v, Vector3.Normalize(level.Normals[v]));
                float sum = 0;
                for (int k = 0; k < 4; k++) sum += Math.Max(0, level.Weights[v * 4 + k]);
                for (int k = 0; k < 4; k++)
                {
                    float w = sum > 0 ? Math.Max(0, level.Weights[v * 4 + k]) / sum : k == 0 ? 1 : 0;
                    weights[v * 4 + k] = w;
                    // An unused slot points at the root, as the glTF validator prefers.
                    jointIndices[v * 4 + k] = w > 0 ? level.Joints[v * 4 + k] : (byte)0;
                }
            }
            var min = new float[3]; var max = new float[3];
            for (int c = 0; c < 3; c++)
            {
                min[c] = Enumerable.Range(0, n).Min(v => pos[v * 3 + c]);
                max[c] = Enumerable.Range(0, n).Max(v => pos[v * 3 + c]);
            }
            var attributes = new JsonObject
            {
                ["POSITION"] = Accessor(View(Bytes(pos), 34962), 5126, n, "VEC3", min, max),
                ["NORMAL"] = Accessor(View(Bytes(nor), 34962), 5126, n, "VEC3", null, null),
                ["JOINTS_0"] = Accessor(View(jointIndices, 34962), 5121, n, "VEC4", null, null),
                ["WEIGHTS_0"] = Accessor(View(Bytes(weights), 34962), 5126, n, "VEC4", null, null),
            };

            // One primitive per material slot, sharing the vertices; a triangle takes its first corner's slot.
            var primitives = new JsonArray();
            for (int slot = 0; slot < mesh.Materials.Length; slot++)
            {
                var indices = new List<uint>();
                for (int i = 0; i + 2 < level.Indices.Length; i += 3)
                    if (level.MaterialSlots[(int)level.Indices[i]] == slot)
                        indices.AddRange([level.Indices[i], level.Indices[i + 1], level.Indices[i + 2]]);
                if (indices.Count == 0) continue;
                primitives.Add(new JsonObject
                {
                    ["attributes"] = attributes.DeepClone(),
                    ["indices"] = Accessor(View(Bytes(indices.ToArray()), 34963), 5125, indices.Count, "SCALAR", null, null),
                    ["material"] = MaterialIndex(mesh.Materials[slot]),
                });
            }
            meshes.Add(new JsonObject { ["name"] = mesh.Name, ["primitives"] = primitives });
            int meshNode = Node(new JsonObject { ["name"] = mesh.Name, ["mesh"] = meshes.Count - 1, ["skin"] = skin }, null);
            var nodesOf = new CharacterNodes(meshNode, joints);
            characters[body] = nodesOf;
            return nodesOf;
        }

        public int Camera(string name, float yfov, float aspect)
        {
            cameras.Add(new JsonObject
            {
                ["name"] = name,
                ["type"] = "perspective",
                ["perspective"] = new JsonObject { ["yfov"] = yfov, ["aspectRatio"] = aspect, ["znear"] = 0.05f, ["zfar"] = 5000f },
            });
            return cameras.Count - 1;
        }

        public JsonObject Animation(string name, List<(int Node, string Path, float[] Times, float[] Values, int Width)> channels)
        {
            var samplers = new JsonArray();
            var list = new JsonArray();
            var timeAccessors = new Dictionary<float[], int>(ReferenceEqualityComparer.Instance);
            foreach (var (node, path, times, values, width) in channels)
            {
                if (!timeAccessors.TryGetValue(times, out int input))
                {
                    input = Accessor(View(Bytes(times), null), 5126, times.Length, "SCALAR", [times.Min()], [times.Max()]);
                    timeAccessors[times] = input;
                }
                int output = Accessor(View(Bytes(values), null), 5126, values.Length / width, width == 4 ? "VEC4" : "VEC3", null, null);
                samplers.Add(new JsonObject { ["input"] = input, ["output"] = output, ["interpolation"] = "LINEAR" });
                list.Add(new JsonObject { ["sampler"] = samplers.Count - 1, ["target"] = new JsonObject { ["node"] = node, ["path"] = path } });
            }
            return new JsonObject { ["name"] = name, ["samplers"] = samplers, ["channels"] = list };
        }

        int Mesh(Primitive shape, Material material)
        {
            if (meshOf.TryGetValue((shape, material), out int mesh)) return mesh;
            var (position, normal, indices) = geometry[(int)shape];
            meshes.Add(new JsonObject
            {
                ["name"] = shape.ToString().ToLowerInvariant(),
                ["primitives"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["attributes"] = new JsonObject { ["POSITION"] = position, ["NORMAL"] = normal },
                        ["indices"] = indices,
                        ["material"] = MaterialIndex(material),
                    },
                },
            });
            meshOf[(shape, material)] = meshes.Count - 1;
            return meshes.Count - 1;
        }

        int MaterialIndex(Material m)
        {
            if (materialOf.TryGetValue(m, out int i)) return i;
            var json = new JsonObject
            {
                ["pbrMetallicRoughness"] = new JsonObject
                {
                    ["baseColorFactor"] = Floats([Math.Clamp(m.Albedo.X, 0, 1), Math.Clamp(m.Albedo.Y, 0, 1), Math.Clamp(m.Albedo.Z, 0, 1), 1f]),
                    ["metallicFactor"] = Math.Clamp(m.Metallic, 0, 1),
                    ["roughnessFactor"] = Math.Clamp(m.Roughness, 0, 1),
                },
            };
            if (m.Emission != Vector3.Zero)
            {
                // glTF's emissive factor is 0..1; the strength beyond that goes to KHR_materials_emissive_strength.
                float peak = Math.Max(m.Emission.X, Math.Max(m.Emission.Y, m.Emission.Z));
                float scale = Math.Max(1f, peak);
                json["emissiveFactor"] = Floats([m.Emission.X / scale, m.Emission.Y / scale, m.Emission.Z / scale]);
                if (scale > 1f) json["extensions"] = new JsonObject { ["KHR_materials_emissive_strength"] = new JsonObject { ["emissiveStrength"] = scale } };
            }
            materials.Add(json);
            materialOf[m] = materials.Count - 1;
            return materials.Count - 1;
        }

        static byte[] Bytes<T>(T[] values) where T : unmanaged => System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

        int View(byte[] data, int? target)
        {
            while (bin.Length % 4 != 0) bin.WriteByte(0);
            var view = new JsonObject { ["buffer"] = 0, ["byteOffset"] = bin.Length, ["byteLength"] = data.Length };
            if (target is { } t) view["target"] = t;
            bin.Write(data);
            bufferViews.Add(view);
            return bufferViews.Count - 1;
        }

        int Accessor(int view, int componentType, int count, string type, float[]? min, float[]? max)
        {
            var a = new JsonObject { ["bufferView"] = view, ["componentType"] = componentType, ["count"] = count, ["type"] = type };
            if (min is not null) a["min"] = Floats(min);
            if (max is not null) a["max"] = Floats(max);
            accessors.Add(a);
            return accessors.Count - 1;
        }

        public byte[] Finish(JsonArray scenes, JsonArray animations, string title)
        {
            while (bin.Length % 4 != 0) bin.WriteByte(0);
            var root = new JsonObject
            {
                ["asset"] = new JsonObject { ["version"] = "2.0", ["generator"] = "Kinora", ["copyright"] = title },
                ["scene"] = 0,
                ["scenes"] = scenes,
                ["nodes"] = nodes,
                ["meshes"] = meshes,
                ["materials"] = materials,
                ["cameras"] = cameras,
                ["animations"] = animations,
                ["accessors"] = accessors,
                ["bufferViews"] = bufferViews,
                ["buffers"] = new JsonArray { new JsonObject { ["byteLength"] = bin.Length } },
            };
            if (skins.Count > 0) root["skins"] = skins;
            if (materials.Any(m => m!["extensions"] is not null)) root["extensionsUsed"] = new JsonArray { "KHR_materials_emissive_strength" };
            byte[] json = Encoding.UTF8.GetBytes(root.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
            int jsonPadded = (json.Length + 3) & ~3;
            int total = 12 + 8 + jsonPadded + 8 + (int)bin.Length;
            using var glb = new MemoryStream(total);
            using var w = new BinaryWriter(glb);
            w.Write(0x46546C67u); w.Write(2u); w.Write((uint)total);
            w.Write((uint)jsonPadded); w.Write(0x4E4F534Au); w.Write(json);
            for (int i = json.Length; i < jsonPadded; i++) w.Write((byte)0x20);
            w.Write((uint)bin.Length); w.Write(0x004E4942u); w.Write(bin.ToArray());
            w.Flush();
            return glb.ToArray();
        }
    }
}
