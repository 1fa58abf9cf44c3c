#version 450 core
layout(location = 0) in vec3 aPosition;
layout(location = 2) in uint aInstance;

struct InstanceRecord { mat4 model; vec4 albedoRoughness; vec4 emissionMetallic; vec4 pattern; };
layout(std430, binding = 0) readonly buffer Instances { InstanceRecord records[]; };

uniform mat4 uLightViewProj;
void main()
{
    gl_Position = uLightViewProj * (records[aInstance].model * vec4(aPosition, 1.0));
}
