#version 450 core
// Invariant: the depth pre-pass (this shadow shader with the camera's matrix) and the scene pass must give
// bit-identical depths for the EQUAL test.
invariant gl_Position;
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in uint aInstance;   // index into the record buffer, one per instance drawn

struct InstanceRecord { mat4 model; vec4 albedoRoughness; vec4 emissionMetallic; vec4 pattern; };
layout(std430, binding = 0) readonly buffer Instances { InstanceRecord records[]; };

uniform mat4 uViewProj;

out vec3 vWorld;
out vec3 vNormal;
out vec3 vSkyEven;      // the sky ambient's even part for this normal (common.glsl)
out vec3 vObject;
flat out vec4 vAlbedoRoughness;
flat out vec4 vEmissionMetallic;
flat out int vPattern;
flat out float vGlass;

#include "cascades_vertex.glsl"

void main()
{
    InstanceRecord r = records[aInstance];
    mat4 model = r.model;
    vec4 world = model * vec4(aPosition, 1.0);
    mat3 m = mat3(model);
    // The cofactor matrix transforms normals correctly under non-uniform scale, without an inverse.
    mat3 cofactor = mat3(cross(m[1], m[2]), cross(m[2], m[0]), cross(m[0], m[1]));
    float det = dot(m[0], cofactor[0]);
    vNormal = cofactor * aNormal * sign(det);
    vSkyEven = skyAmbientEven(normalize(vNormal));
    vWorld = world.xyz;
    // Object-space position in metres: patterns on moving things (cloth, wood) stay put on the object.
    vObject = aPosition * vec3(length(m[0]), length(m[1]), length(m[2]));
    vAlbedoRoughness = r.albedoRoughness;
    vEmissionMetallic = r.emissionMetallic;
    vPattern = int(r.pattern.x + 0.5);
    shadowCoords(world.xyz, vNormal);
    vGlass = r.pattern.y;
    gl_Position = uViewProj * world;
}
