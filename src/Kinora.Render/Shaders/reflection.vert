#version 450 core
// The set and the cast mirrored about the water plane (GlRenderer.Reflection.cs), for reflection.frag: the instances'
// records as scene.vert reads them, or, with FIGURE, a skinned body as figure.vert does. The mirror is in the
// view-projection; everything below the plane is clipped away (gl_ClipDistance), so the quay's wall under the water
// line or a hull's keel does not show in the reflection.
#ifdef FIGURE
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 3) in vec4 aWeights;
layout(location = 4) in uvec4 aJoints;
layout(location = 5) in uint aMaterial;
layout(std430, binding = 1) readonly buffer Joints { mat4 joints[]; };
uniform int uJointBase;
uniform vec4 uAlbedoRoughness[12];
uniform vec4 uEmissionMetallic[12];
#else
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in uint aInstance;
struct InstanceRecord { mat4 model; vec4 albedoRoughness; vec4 emissionMetallic; vec4 pattern; };
layout(std430, binding = 0) readonly buffer Instances { InstanceRecord records[]; };
#endif

uniform mat4 uViewProj;       // the mirrored view-projection
uniform float uWaterHeight;   // the plane (m)

out vec3 vWorld;              // unmirrored: where the thing really is
out vec3 vNormal;
out vec3 vSkyEven;            // the sky ambient's even part for this normal (common.glsl)
flat out vec4 vAlbedoRoughness;
flat out vec4 vEmissionMetallic;
flat out float vGlass;

void main()
{
#ifdef FIGURE
    int b = uJointBase;
    mat4 model = aWeights.x * joints[b + int(aJoints.x)] + aWeights.y * joints[b + int(aJoints.y)]
               + aWeights.z * joints[b + int(aJoints.z)] + aWeights.w * joints[b + int(aJoints.w)];
    vec3 normal = mat3(model) * aNormal;
    uint m = min(aMaterial, 11u);
    vAlbedoRoughness = uAlbedoRoughness[m];
    vEmissionMetallic = uEmissionMetallic[m];
    vGlass = 0.0;
#else
    InstanceRecord r = records[aInstance];
    mat4 model = r.model;
    mat3 m = mat3(model);
    mat3 cofactor = mat3(cross(m[1], m[2]), cross(m[2], m[0]), cross(m[0], m[1]));
    vec3 normal = cofactor * aNormal * sign(dot(m[0], cofactor[0]));
    vAlbedoRoughness = r.albedoRoughness;
    vEmissionMetallic = r.emissionMetallic;
    vGlass = r.pattern.y;
#endif
    vec4 world = model * vec4(aPosition, 1.0);
    vWorld = world.xyz;
    vNormal = normal;
    vSkyEven = skyAmbientEven(normalize(normal));
    gl_ClipDistance[0] = world.y - uWaterHeight;
    gl_Position = uViewProj * world;
}
